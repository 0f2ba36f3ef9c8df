/** render: the whole key plan into stacks of one app. */
import type { App } from 'cdktf';
import type { StackPlan } from '../plan/types';
import { AccountRegionStack } from './account-region-stack';
import { withoutTokenStackTraces } from './token-stack-traces';

export function renderStacks(app: App, plans: readonly StackPlan[]): AccountRegionStack[] {
  return withoutTokenStackTraces(() => plans.map((plan) => new AccountRegionStack(app, plan)));
}
