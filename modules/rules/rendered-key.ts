/**
 * The subject of every policy rule: one `aws_kms_key` as Terraform receives it (its resolved JSON
 * attributes and its literal policy, read), with the facts of the stack that holds it. Built from
 * plain data, so the rules run without CDKTF.
 */
import { viewPolicy, type StatementView } from '../iam/policy-view';
import { keyAddress } from '../plan/addresses';
import type { OrganizationFacts } from '../plan/types';

export interface StackFacts {
  readonly stackName: string;
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  readonly organization: OrganizationFacts;
}

export type ReadPolicy =
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-literal'; readonly problem: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly problem: string }
  | { readonly kind: 'ok'; readonly text: string; readonly statements: readonly StatementView[] };

export interface RenderedKey extends StackFacts {
  /** The Terraform name: the purpose, for every key this project renders. */
  readonly name: string;
  /** `aws_kms_key.<name>`, as in Terraform plans and in the key catalog. */
  readonly address: string;
  /** The resource's resolved Terraform JSON (snake_case): `enable_key_rotation`, `lifecycle`, ... */
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly policy: ReadPolicy;
}

export function renderedKey(facts: StackFacts, name: string, attributes: Readonly<Record<string, unknown>>): RenderedKey {
  return { ...facts, name, address: keyAddress(name), attributes, policy: readLiteralPolicy(attributes.policy) };
}

/**
 * Terraform reads `${...}` and `%{...}` in a string as a template; `$${` and `%%{` are their
 * escapes. A policy with a live template is not what the rules see, so it is not literal.
 */
export function readLiteralPolicy(value: unknown): ReadPolicy {
  if (value === undefined || value === null) return { kind: 'missing' };
  if (typeof value !== 'string') return { kind: 'not-literal', problem: `the policy is ${typeof value}, not a JSON string` };
  const template = /\$\$\{|%%\{|(\$\{[^}]*\}?|%\{[^}]*\}?)/g;
  for (let match = template.exec(value); match !== null; match = template.exec(value)) {
    if (match[1] !== undefined) {
      return { kind: 'not-literal', problem: `the policy holds the Terraform expression ${match[1]}, known only at apply time` };
    }
  }
  const text = value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', text, problem: `the policy is not valid JSON (${(error as Error).message})` };
  }
  const view = viewPolicy(document);
  return view.ok ? { kind: 'ok', text, statements: view.statements } : { kind: 'invalid', text, problem: view.problem };
}
