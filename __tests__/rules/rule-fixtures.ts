/**
 * Rendered keys for rule tests, from the example configuration's real plan: the attributes are
 * what RetainedKey renders (literal JSON policy, rotation, window, prevent_destroy), and a test
 * changes one thing to break a rule.
 */
import { EXAMPLE_CONFIG } from '../helpers/fixtures';
import { loadOrgModel, type OrgModel } from '../../modules/config';
import { KEY_DELETION_WINDOW_DAYS, KEY_ROTATION_ENABLED } from '../../modules/keys/key-invariants';
import { terraformLiteral } from '../../modules/keys/terraform-literal';
import { planStacks, type KeyPlan, type KeyPurpose, type StackPlan } from '../../modules/plan';
import { renderedKey, type RenderedKey } from '../../modules/rules';
import type { PolicyRule } from '../../modules/rules/policy-rule';


let example: OrgModel | undefined;
export function exampleModel(): OrgModel {
  example ??= loadOrgModel(EXAMPLE_CONFIG);
  return example;
}

/** Every optional statement on: Control Tower, Macie, GuardDuty, Audit Manager, an opt-in Region. */
export function allStatementsModel(overrides: Partial<OrgModel> = {}): OrgModel {
  const model = exampleModel();
  return {
    ...model,
    enabledRegions: [...model.enabledRegions, 'af-south-1'],
    controlTowerEnabled: true,
    securityServices: { macie: true, guardDuty: true, auditManager: true },
    ...overrides,
  };
}

export function withoutOrganization(model: OrgModel): OrgModel {
  return { ...model, organizationEnabled: false };
}

/** A rule's findings for a key; none when compliant or not applicable. */
export function findings(rule: PolicyRule, key: RenderedKey): readonly string[] {
  const result = rule.check(key);
  return result.status === 'non-compliant' ? result.findings : [];
}

export interface PlannedKey {
  readonly stack: StackPlan;
  readonly plan: KeyPlan;
}

export function plannedKeys(model: OrgModel): PlannedKey[] {
  return planStacks(model).flatMap((stack) => stack.keys.map((plan) => ({ stack, plan })));
}

export function plannedKey(purpose: KeyPurpose, model: OrgModel = exampleModel()): PlannedKey {
  const found = plannedKeys(model).find(({ plan }) => plan.purpose === purpose);
  if (found === undefined) throw new Error(`the model plans no ${purpose} key`);
  return found;
}

/** The attributes RetainedKey renders for a plan, as resolved Terraform JSON. */
export function renderedAttributes(plan: KeyPlan): Record<string, unknown> {
  return {
    policy: terraformLiteral(JSON.stringify(plan.policy)),
    enable_key_rotation: KEY_ROTATION_ENABLED,
    deletion_window_in_days: KEY_DELETION_WINDOW_DAYS,
    lifecycle: { prevent_destroy: true },
  };
}

export function rendered({ stack, plan }: PlannedKey, attributes: Record<string, unknown> = renderedAttributes(plan)): RenderedKey {
  const facts = {
    stackName: stack.name,
    accountId: stack.accountId,
    region: stack.region,
    partition: stack.partition,
    organization: stack.organization,
  };
  return renderedKey(facts, plan.purpose, attributes);
}

/** The key of `purpose` with its policy's statements replaced by `edit`'s result. */
export function withStatements(
  purpose: KeyPurpose,
  edit: (statements: Record<string, unknown>[]) => unknown[],
  model: OrgModel = exampleModel(),
): RenderedKey {
  const key = plannedKey(purpose, model);
  const statements = JSON.parse(JSON.stringify(key.plan.policy.Statement)) as Record<string, unknown>[];
  const policy = { Version: '2012-10-17', Statement: edit(statements) };
  return rendered(key, { ...renderedAttributes(key.plan), policy: JSON.stringify(policy) });
}

export function bySid(statements: Record<string, unknown>[], sid: string): Record<string, unknown> {
  const statement = statements.find((s) => s.Sid === sid);
  if (statement === undefined) throw new Error(`no statement ${sid}`);
  return statement;
}

export { withAccounts } from '../../scripts/bench/grow-model';
