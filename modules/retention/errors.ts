/** Ledger errors that stop synth before anything is written. Each says what, why and how to fix. */
import type { LedgerKey } from './ledger';

export class LedgerStaleError extends Error {
  constructor(
    public readonly ledgerFile: string,
    public readonly missing: readonly LedgerKey[],
  ) {
    super(
      [
        `The key ledger ${ledgerFile} lacks ${missing.length} ${missing.length === 1 ? 'key' : 'keys'} the configuration ` +
          'produces; nothing was synthesized (ledger mode check: a key must be recorded before it reaches an account).',
        ...missing.map((key) => `  - ${key.stack}: ${key.address}`),
        `Fix: run \`npm run synth\` locally (LZ_KEYS_LEDGER=update, the default outside CI) and commit ${ledgerFile}.`,
      ].join('\n'),
    );
    this.name = 'LedgerStaleError';
  }
}
