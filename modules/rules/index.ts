export { PolicyRulesAspect } from './policy-rules-aspect';
export { evaluateKey, suppresses, type RuleOutcome } from './evaluate-key';
export { POLICY_RULES } from './registry';
export { POLICY_RULE_IDS, type PolicyRuleId } from './rule-ids';
export type { PolicyRule, RuleResult, RuleSeverity } from './policy-rule';
export { renderedKey, readLiteralPolicy, type RenderedKey, type StackFacts } from './rendered-key';
export { CONFUSED_DEPUTY_GUARDS, type DeputyGuard } from './confused-deputy-guards';
