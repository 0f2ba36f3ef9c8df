/**
 * terraform-config.yaml `retention`: forget or adopt one key on purpose.
 * - forget: the key leaves the rendered stack (with its alias, parameter and consumers), so the
 *   ledger turns it into a `removed` block: Terraform lets go of it, e.g. a key a failed apply
 *   left tainted, which prevent_destroy would otherwise block forever.
 * - adopt: the key exists in AWS already (retained by LZA, or an orphan): it is imported, not created.
 * Every entry must name a key the configuration produces; a key it no longer produces is
 * forgotten without being asked.
 */
import { ConfigError, type ConfigIssue } from '../config/errors';
import { CONFIG_FILES } from '../config/files';
import type { KeyRef, RetentionDirectives } from '../config/model';
import type { KeyPlan, StackPlan } from '../plan/types';

const NO_DIRECTIVES: RetentionDirectives = { forget: [], adopt: [] };

export function applyDirectives(
  configDir: string,
  plans: readonly StackPlan[],
  directives: RetentionDirectives = NO_DIRECTIVES,
): StackPlan[] {
  const issues: ConfigIssue[] = [];
  const find = (list: 'forget' | 'adopt', index: number, ref: KeyRef): KeyPlan | undefined => {
    const stack = plans.find((plan) => plan.name === ref.stack);
    const key = stack?.keys.find((k) => k.purpose === ref.key);
    if (key === undefined) {
      issues.push({
        file: CONFIG_FILES.terraform,
        field: `retention.${list}[${index}]`,
        found: stack === undefined
          ? `stack ${ref.stack}, which the configuration does not produce`
          : `key ${ref.key} in ${ref.stack}, which holds ${stack.keys.map((k) => k.purpose).join(', ')}`,
        expected: 'a key the configuration produces (a key it no longer produces is forgotten without being named here)',
      });
    }
    return key;
  };
  const forgotten = new Set<KeyPlan>();
  const once = (list: 'forget' | 'adopt', index: number, ref: KeyRef): void => {
    issues.push({ file: CONFIG_FILES.terraform, field: `retention.${list}[${index}]`, found: `${ref.stack} ${ref.key}, named again`,
      expected: 'each key in at most one retention entry' });
  };
  directives.forget.forEach((ref, i) => {
    const key = find('forget', i, ref);
    if (key !== undefined && forgotten.has(key)) once('forget', i, ref);
    else if (key !== undefined) forgotten.add(key);
  });
  const adopted = new Map<KeyPlan, KeyPlan>();
  directives.adopt.forEach((ref, i) => {
    const key = find('adopt', i, ref);
    if (key === undefined) return;
    if (forgotten.has(key) || adopted.has(key)) {
      once('adopt', i, ref);
      return;
    }
    adopted.set(key, { ...key, adopt: { keyId: ref.keyId, importAlias: ref.importAlias } });
  });
  if (issues.length > 0) throw new ConfigError(configDir, issues);
  if (forgotten.size === 0 && adopted.size === 0) return [...plans];

  return plans.map((plan) => {
    const gone = new Set(plan.keys.filter((key) => forgotten.has(key)).map((key) => key.purpose));
    return {
      ...plan,
      keys: plan.keys.filter((key) => !forgotten.has(key)).map((key) => adopted.get(key) ?? key),
      consumers: plan.consumers.filter((consumer) => !gone.has(consumer.purpose)),
    };
  });
}
