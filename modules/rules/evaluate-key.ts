/**
 * Applies the rules to one rendered key and words what they found: a finding becomes an error or
 * a warning (by the rule's severity), or an info when a configured suppression accepts it. Pure,
 * so the messages are tested without CDKTF.
 */
import type { PolicyRuleSuppression } from '../config/model';
import { wildcardMatches } from '../iam/iam-names';
import type { PolicyRule } from './policy-rule';
import { POLICY_RULES } from './registry';
import type { RenderedKey } from './rendered-key';

export interface RuleOutcome {
  readonly level: 'error' | 'warning' | 'info';
  readonly rule: string;
  readonly message: string;
}

const HOW_TO_SUPPRESS =
  'If this deviation is intended, accept it in terraform-config.yaml policyRuleSuppressions with a reason (docs/policies.md).';

export function evaluateKey(
  key: RenderedKey,
  suppressions: readonly PolicyRuleSuppression[] = [],
  rules: readonly PolicyRule[] = POLICY_RULES,
): RuleOutcome[] {
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) {
    const result = rule.check(key);
    if (result.status !== 'non-compliant') continue;
    const suppression = suppressions.find((s) => suppresses(s, rule.id, key));
    for (const finding of result.findings) {
      const subject = `${key.stackName} ${key.address}: ${rule.id} (${rule.name})`;
      outcomes.push(
        suppression !== undefined
          ? { level: 'info', rule: rule.id, message: `${subject} suppressed: ${finding}. Reason given: ${suppression.reason}` }
          : { level: rule.severity, rule: rule.id, message: `${subject}: ${finding}. ${rule.explanation} ${HOW_TO_SUPPRESS}` },
      );
    }
  }
  return outcomes;
}

/** A suppression names the rule, and its stack and key patterns (none = all) match the key. */
export function suppresses(suppression: PolicyRuleSuppression, ruleId: string, key: RenderedKey): boolean {
  const stackMatches = suppression.stacks.length === 0 || suppression.stacks.some((p) => wildcardMatches(p, key.stackName));
  const keyMatches =
    suppression.keys.length === 0 || suppression.keys.some((p) => wildcardMatches(p, key.name) || wildcardMatches(p, key.address));
  return suppression.rule === ruleId && stackMatches && keyMatches;
}
