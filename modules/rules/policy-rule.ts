/**
 * What a policy rule is, in the manner of cdk-nag: a pure function over a rendered key returning
 * compliant, non-compliant with findings, or not applicable; and what the registry says about it.
 */
import type { RenderedKey, ReadPolicy } from './rendered-key';
import type { PolicyRuleId } from './rule-ids';
import type { StatementView } from '../iam/policy-view';

export type RuleSeverity = 'error' | 'warning';

export type RuleResult =
  | { readonly status: 'compliant' }
  | { readonly status: 'not-applicable' }
  | { readonly status: 'non-compliant'; readonly findings: readonly string[] };

export interface PolicyRule {
  readonly id: PolicyRuleId;
  /** Short name, shown with the id: `LZK2 (wildcard principal scoped)`. */
  readonly name: string;
  /** An error stops synth; a warning is reported and synth goes on. */
  readonly severity: RuleSeverity;
  /** Why the rule exists and how to comply; printed with every finding. */
  readonly explanation: string;
  readonly check: (key: RenderedKey) => RuleResult;
}

export const COMPLIANT: RuleResult = { status: 'compliant' };
export const NOT_APPLICABLE: RuleResult = { status: 'not-applicable' };

/** No findings is compliance. */
export function fromFindings(findings: readonly string[]): RuleResult {
  return findings.length === 0 ? COMPLIANT : { status: 'non-compliant', findings };
}

/** Rules about statements read a policy only when LZK1 could read it; LZK1 reports the rest. */
export function readableStatements(policy: ReadPolicy): readonly StatementView[] | undefined {
  return policy.kind === 'ok' ? policy.statements : undefined;
}

export function allowStatements(policy: ReadPolicy): readonly StatementView[] | undefined {
  return readableStatements(policy)?.filter((statement) => statement.effect === 'Allow');
}

/** A rule over each Allow statement: every statement's findings, or not applicable when LZK1 reports the policy. */
export function checkEachAllow(key: RenderedKey, findingsOf: (statement: StatementView) => readonly string[]): RuleResult {
  const statements = allowStatements(key.policy);
  return statements === undefined ? NOT_APPLICABLE : fromFindings(statements.flatMap(findingsOf));
}
