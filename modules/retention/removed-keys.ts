/**
 * The removed-block helper: which recorded keys the plan no longer has, per stack. Terraform
 * forgets each (`removed { from = aws_kms_key.<purpose>, lifecycle { destroy = false } }`) in
 * the stack that held it, because a key whose resource block simply leaves the configuration is
 * destroyed: its prevent_destroy leaves with it.
 */
import type { StackPlan } from '../plan/types';
import { keyAddress } from '../plan/addresses';
import type { KeyLedger } from './ledger';

export interface StackRemovals {
  readonly stack: string;
  readonly accountId: string;
  readonly region: string;
  /** Sorted key addresses to forget. */
  readonly addresses: readonly string[];
  /** The plan has no stack of this name: it is kept alive as a tombstone for these removals. */
  readonly tombstone: boolean;
}

/** Pure: ledger + current stack plans → per stack (sorted by name) the keys to forget. */
export function removedKeys(ledger: KeyLedger, plans: readonly StackPlan[]): StackRemovals[] {
  const planned = new Map(plans.map((plan) => [plan.name, new Set(plan.keys.map((key) => keyAddress(key.purpose)))]));
  const removals: StackRemovals[] = [];
  for (const stack of [...ledger.keys()].sort()) {
    const entry = ledger.get(stack)!;
    const held = planned.get(stack);
    const addresses = entry.keys.filter((address) => !held?.has(address));
    if (addresses.length > 0) {
      removals.push({ stack, accountId: entry.accountId, region: entry.region, addresses, tombstone: held === undefined });
    }
  }
  return removals;
}
