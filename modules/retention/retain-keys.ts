/**
 * Retention between plan and render: check or extend the ledger with what the configuration
 * produces, apply forget/adopt directives, and turn every recorded key the plan no longer has
 * into a `removed` block (tombstone stacks included). The ledger is written only by
 * `commitLedger`, which the app calls after synth succeeded.
 */
import type { OrgModel } from '../config/model';
import type { StackPlan } from '../plan/types';
import { applyDirectives } from './directives';
import { LedgerStaleError } from './errors';
import { ledgerOf, ledgersEqual, mergeLedgers, missingFromLedger } from './ledger';
import { ledgerPath, readLedger, writeLedger } from './ledger-file';
import type { LedgerMode } from './ledger-mode';
import { removedKeys, type StackRemovals } from './removed-keys';
import { retainedPlans } from './retained-plans';

export interface Retention {
  /** The stack plans to render: removed keys attached, tombstones added. */
  readonly plans: readonly StackPlan[];
  /** What those plans forget, per stack: the removed blocks synth renders. */
  readonly removals: readonly StackRemovals[];
  /** Writes the ledger when it gained keys (update mode); call only after synth succeeded. */
  commitLedger(): void;
}

export function retainKeys(configDir: string, model: OrgModel, plans: readonly StackPlan[], mode: LedgerMode): Retention {
  const recorded = readLedger(configDir);
  // The full plan, before directives: a key forgotten on purpose is still one the configuration produces.
  const produced = ledgerOf(plans);
  if (mode === 'check') {
    const missing = missingFromLedger(recorded, produced);
    if (missing.length > 0) throw new LedgerStaleError(ledgerPath(configDir), missing);
  }
  const ledger = mergeLedgers(recorded, produced);
  const directed = applyDirectives(configDir, plans, model.retention);
  const removals = removedKeys(ledger, directed);
  return {
    plans: retainedPlans(model, directed, removals),
    removals,
    commitLedger: () => {
      if (mode === 'update' && !ledgersEqual(recorded, ledger)) writeLedger(configDir, ledger);
    },
  };
}
