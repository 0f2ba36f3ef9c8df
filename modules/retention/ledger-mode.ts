/**
 * update: synth records new keys in the ledger (a developer's machine).
 * check: synth changes nothing and fails when the ledger lacks a key (CI), the way `npm ci`
 * refuses a stale lock file, so no key reaches an account unrecorded.
 */
export type LedgerMode = 'update' | 'check';

export const LEDGER_MODE_ENV = 'LZ_KEYS_LEDGER';
export const LEDGER_MODES: readonly LedgerMode[] = ['update', 'check'];

export class LedgerModeError extends Error {
  constructor(found: string) {
    super(`${LEDGER_MODE_ENV} is ${JSON.stringify(found)}; expected one of ${LEDGER_MODES.join(', ')}, or unset ` +
      '(check when CI is set, update otherwise). Nothing was synthesized.');
    this.name = 'LedgerModeError';
  }
}

/** `LZ_KEYS_LEDGER`, else check when `CI` is set (and not false/0), else update. */
export function ledgerModeFromEnv(env: NodeJS.ProcessEnv = process.env): LedgerMode {
  const explicit = env[LEDGER_MODE_ENV];
  if (explicit !== undefined && explicit !== '') {
    if (!(LEDGER_MODES as readonly string[]).includes(explicit)) throw new LedgerModeError(explicit);
    return explicit as LedgerMode;
  }
  const ci = (env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0' ? 'check' : 'update';
}
