/**
 * The ids of the synth-time policy rules, in registry order. A leaf file with no imports, so the
 * configuration schema can reject a suppression naming a rule that does not exist.
 */
export const POLICY_RULE_IDS = ['LZK1', 'LZK2', 'LZK3', 'LZK4', 'LZK5', 'LZK6', 'LZK7', 'LZK8', 'LZK9'] as const;

export type PolicyRuleId = (typeof POLICY_RULE_IDS)[number];
