/**
 * The stack plans to render once retention is applied: each planned stack with the keys it
 * must forget, and a tombstone for every stack whose account×Region left entirely. A tombstone
 * keeps the stack's name, provider and backend, so it reaches the state that holds the keys,
 * and holds nothing but `removed` blocks; its aliases and parameters are destroyed.
 */
import type { OrgModel } from '../config/model';
import { organizationFacts, stackAccess } from '../plan/plan';
import type { OrganizationFacts, StackPlan } from '../plan/types';
import type { StackRemovals } from './removed-keys';

export function retainedPlans(model: OrgModel, plans: readonly StackPlan[], removals: readonly StackRemovals[]): StackPlan[] {
  const byStack = new Map(removals.map((removal) => [removal.stack, removal]));
  const live = plans.map((plan) => {
    const removal = byStack.get(plan.name);
    return removal === undefined ? plan : { ...plan, removed: removal.addresses };
  });
  const organization = organizationFacts(model);
  const tombstones = removals.filter((removal) => removal.tombstone).map((removal) => tombstonePlan(model, organization, removal));
  return [...live, ...tombstones];
}

function tombstonePlan(model: OrgModel, organization: OrganizationFacts, removal: StackRemovals): StackPlan {
  const account = model.accounts.find((a) => a.id === removal.accountId);
  return {
    name: removal.stack,
    accountId: removal.accountId,
    // An account id no longer configured has no type any more; it is reached like a member account.
    accountType: account?.type ?? 'workload',
    region: removal.region,
    ...stackAccess(model, removal.accountId),
    keys: [],
    consumers: [],
    removed: removal.addresses,
    organization,
    policyRuleSuppressions: model.policyRuleSuppressions,
  };
}
