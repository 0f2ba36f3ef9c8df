/**
 * What a plan does to each original resource, read from `terraform show -json`:
 * `resource_changes[].change.actions` is ["create"], ["update"], ["delete"], ["no-op"],
 * ["delete","create"] or ["create","delete"] (a replacement), or ["forget"] (a removed block
 * with destroy = false, Terraform 1.7+); `change.importing` marks an import.
 */
import type { ShadowOrigin } from './shadow';
import type { PlanJson } from './terraform';

export type Outcome = 'create' | 'update' | 'delete' | 'replace' | 'forget' | 'no-op' | 'import';

export interface PlannedChange extends ShadowOrigin {
  readonly outcome: Outcome;
  readonly actions: readonly string[];
}

export function summarizePlan(plan: PlanJson, origins: ReadonlyMap<string, ShadowOrigin>): PlannedChange[] {
  return (plan.resource_changes ?? []).map((change) => {
    const origin = origins.get(change.address);
    if (origin === undefined) throw new Error(`a planned change of ${change.address}, which no shadowed stack holds`);
    return { ...origin, actions: change.change.actions, outcome: outcomeOf(change.change.actions, change.change.importing !== undefined) };
  });
}

function outcomeOf(actions: readonly string[], importing: boolean): Outcome {
  const key = actions.join(',');
  if (importing && (key === 'no-op' || key === 'update')) return 'import';
  switch (key) {
    case 'create': return 'create';
    case 'update': return 'update';
    case 'delete': return 'delete';
    case 'forget': return 'forget';
    case 'no-op': return 'no-op';
    case 'delete,create':
    case 'create,delete': return 'replace';
    default: throw new Error(`unexpected plan actions ${JSON.stringify(actions)}`);
  }
}

/** Changes of one resource type with one outcome, as `stack aws_kms_key.x` strings, sorted. */
export function withOutcome(changes: readonly PlannedChange[], type: string, outcome: Outcome): string[] {
  return changes.filter((c) => c.type === type && c.outcome === outcome).map((c) => `${c.stack} ${c.address}`).sort();
}

/** Every key a plan would destroy, by deletion or replacement: the number that must be zero. */
export function keyDestructions(changes: readonly PlannedChange[]): string[] {
  return changes.filter((c) => c.type === 'aws_kms_key' && c.actions.includes('delete')).map((c) => `${c.stack} ${c.address}`).sort();
}

/** What a plan does to keys, in one object so a failing scenario shows all of it at once. */
export function keyOutcomes(changes: readonly PlannedChange[]): { destroyed: string[]; forgotten: string[]; created: string[] } {
  return {
    destroyed: keyDestructions(changes),
    forgotten: withOutcome(changes, 'aws_kms_key', 'forget'),
    created: withOutcome(changes, 'aws_kms_key', 'create'),
  };
}
