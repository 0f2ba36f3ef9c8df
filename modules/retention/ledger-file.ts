/** Reading and writing the ledger file in the configuration folder; the only I/O of the ledger. */
import * as fs from 'fs';
import * as path from 'path';
import { EMPTY_LEDGER, type KeyLedger } from './ledger';
import { LEDGER_FILE, parseLedger, serializeLedger } from './ledger-format';

export function ledgerPath(configDir: string): string {
  return path.join(configDir, LEDGER_FILE);
}

/** The recorded ledger; a folder without the file has recorded nothing yet. */
export function readLedger(configDir: string): KeyLedger {
  const file = ledgerPath(configDir);
  if (!fs.existsSync(file)) return EMPTY_LEDGER;
  return parseLedger(configDir, fs.readFileSync(file, 'utf8'));
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a ledger. */
export function writeLedger(configDir: string, ledger: KeyLedger): void {
  const file = ledgerPath(configDir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, serializeLedger(ledger));
  fs.renameSync(temporary, file);
}
