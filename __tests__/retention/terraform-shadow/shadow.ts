/**
 * Shadows synthesized stacks as Terraform's built-in `terraform_data` resources, which need no
 * provider download, so the real Terraform binary can plan what a configuration change does to
 * each key's lifecycle. All stacks go into one root module, each resource under an address
 * unique per stack: `keys-111-us-east-1` + `aws_kms_key.cloudwatch` →
 * `terraform_data.keys_111_us_east_1__aws_kms_key__cloudwatch`.
 *
 * Kept with their meaning: `lifecycle` (prevent_destroy), `removed`, `moved`, `import`,
 * `depends_on` and references between resources (rewritten to the shadows' ids). Arguments that
 * force a new resource become `triggers_replace`; all others go into `input` (a change there is
 * an in-place update). Providers, backends, outputs and data sources have no lifecycle of their
 * own and are left out; a reference to a data source becomes literal text. Long literal text
 * (policies, documents) becomes its SHA-256: the same change is still a change, and the state
 * stays small (Terraform rewrites the whole state after each resource it applies). Anything
 * else the harness does not understand is an error, never silently dropped.
 *
 * One limit: an imported `terraform_data` has no triggers to compare, so a resource an `import`
 * block targets keeps its force-new arguments in `input`. Whether an adopted key's usage and
 * spec match is the real provider's comparison against AWS, which no shadow can make.
 */
import { createHash } from 'crypto';
import { FORCE_NEW_ARGUMENTS } from './force-new';

type Json = Record<string, unknown>;

/** Where a shadow address came from. */
export interface ShadowOrigin {
  readonly stack: string;
  readonly type: string;
  readonly name: string;
  /** `aws_kms_key.cloudwatch` */
  readonly address: string;
}

export interface Shadow {
  /** A Terraform JSON configuration (main.tf.json). */
  readonly config: Json;
  readonly origins: ReadonlyMap<string, ShadowOrigin>;
}

const LONG_TEXT = 100;
const IGNORED_TOP_LEVEL = new Set(['//', 'provider', 'terraform', 'output', 'data']);
const RESOURCE_META = new Set(['//', 'lifecycle', 'depends_on', 'provider']);

export function shadowStacks(stacks: Readonly<Record<string, Json>>): Shadow {
  const resources: Record<string, Json> = {};
  const removed: Json[] = [];
  const moved: Json[] = [];
  const imports: Json[] = [];
  const origins = new Map<string, ShadowOrigin>();
  for (const stack of Object.keys(stacks).sort()) {
    const json = stacks[stack];
    const rename = (address: string) => shadowAddress(stack, address);
    const imported = new Set(((json.import ?? []) as Json[]).map((block) => String(block.to)));
    for (const key of Object.keys(json)) {
      if (!IGNORED_TOP_LEVEL.has(key) && !['resource', 'removed', 'moved', 'import'].includes(key)) {
        throw new Error(`${stack}: the shadow does not understand top-level "${key}"`);
      }
    }
    for (const [type, byName] of Object.entries((json.resource ?? {}) as Record<string, Record<string, Json>>)) {
      const forceNew = FORCE_NEW_ARGUMENTS[type];
      if (forceNew === undefined) throw new Error(`${stack}: no force-new arguments known for ${type}; add them to force-new.ts`);
      for (const [name, body] of Object.entries(byName)) {
        const shadowName = shadowAddress(stack, `${type}.${name}`).slice('terraform_data.'.length);
        origins.set(`terraform_data.${shadowName}`, { stack, type, name, address: `${type}.${name}` });
        resources[shadowName] = shadowResource(stack, `${type}.${name}`, body, imported.has(`${type}.${name}`) ? [] : forceNew);
      }
    }
    for (const block of (json.removed ?? []) as Json[]) removed.push({ ...block, from: rename(String(block.from)) });
    for (const block of (json.moved ?? []) as Json[]) moved.push({ from: rename(String(block.from)), to: rename(String(block.to)) });
    for (const block of (json.import ?? []) as Json[]) imports.push({ to: rename(String(block.to)), id: block.id });
  }
  const config: Json = { resource: { terraform_data: resources } };
  if (removed.length > 0) config.removed = removed;
  if (moved.length > 0) config.moved = moved;
  if (imports.length > 0) config.import = imports;
  return { config, origins };
}

/** `keys-111-us-east-1`, `aws_kms_key.cloudwatch` → `terraform_data.keys_111_us_east_1__aws_kms_key__cloudwatch`. */
export function shadowAddress(stack: string, address: string): string {
  const [type, name, ...rest] = address.split('.');
  if (name === undefined || rest.length > 0) throw new Error(`${stack}: not a resource address: ${address}`);
  return `terraform_data.${stack.replace(/[^A-Za-z0-9_]/g, '_')}__${type}__${name}`;
}

function shadowResource(stack: string, address: string, body: Json, forceNew: readonly string[]): Json {
  const triggers: Json = {};
  const input: Json = {};
  for (const [argument, value] of Object.entries(body)) {
    if (RESOURCE_META.has(argument)) continue;
    if (['count', 'for_each', 'provisioner', 'connection'].includes(argument)) {
      throw new Error(`${stack}: ${address} uses ${argument}, which the shadow does not support`);
    }
    (forceNew.includes(argument) ? triggers : input)[argument] = rewriteReferences(stack, value);
  }
  const shadow: Json = { input };
  if (Object.keys(triggers).length > 0) shadow.triggers_replace = triggers;
  if (body.lifecycle !== undefined) shadow.lifecycle = body.lifecycle;
  if (body.depends_on !== undefined) {
    shadow.depends_on = (body.depends_on as string[]).map((dependency) => shadowAddress(stack, dependency));
  }
  return shadow;
}

/** `${aws_kms_key.backup.arn}` → `${terraform_data.<stack>__aws_kms_key__backup.id}`; `$${` stays literal. */
function rewriteReferences(stack: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length > LONG_TEXT && !value.includes('${')) return `sha256:${createHash('sha256').update(value).digest('hex')}`;
    return value.replace(/(\$?)\$\{([^}]*)\}/g, (match, escaped: string, expression: string) => {
      if (escaped === '$') return match;
      const data = /^data\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_]+$/.exec(expression);
      if (data) return expression;
      const resource = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_]+$/.exec(expression);
      if (resource) return `\${${shadowAddress(stack, `${resource[1]}.${resource[2]}`)}.id}`;
      throw new Error(`${stack}: the shadow does not understand the expression \${${expression}}`);
    });
  }
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(stack, item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteReferences(stack, v)]));
  }
  return value;
}
