/** Retention: keys are forgotten, never destroyed (docs/retention.md). */
export { LedgerStaleError } from './errors';
export type { KeyLedger, LedgerKey, LedgerStack } from './ledger';
export { ledgerPath, readLedger, writeLedger } from './ledger-file';
export { LEDGER_FILE } from './ledger-format';
export { LEDGER_MODE_ENV, LedgerModeError, ledgerModeFromEnv, type LedgerMode } from './ledger-mode';
export { removedKeys, type StackRemovals } from './removed-keys';
export { RetentionAspect } from './retention-aspect';
export { retainKeys, type Retention } from './retain-keys';
