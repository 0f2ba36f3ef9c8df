/**
 * The key ledger: every key address each stack has held, like a lock file. Keys enter it when
 * the configuration first produces them and leave only through an explicit retire, so a key the
 * configuration drops is still known, and forgotten rather than destroyed. Pure data, no I/O.
 */
import { stackName, type StackPlan } from '../plan';
import { keyAddress } from '../plan/addresses';

export interface LedgerStack {
  readonly accountId: string;
  readonly region: string;
  /** Key addresses, sorted and unique: `aws_kms_key.cloudwatch`. */
  readonly keys: readonly string[];
}

/** Stack name (`keys-<account id>-<Region>`) → what it has held. */
export type KeyLedger = ReadonlyMap<string, LedgerStack>;

/** A key by stack and address, for messages and removed blocks. */
export interface LedgerKey {
  readonly stack: string;
  readonly address: string;
}

export const EMPTY_LEDGER: KeyLedger = new Map();

/** The keys a plan holds, as a ledger. */
export function ledgerOf(plans: readonly StackPlan[]): KeyLedger {
  return new Map(
    plans
      .filter((plan) => plan.keys.length > 0)
      .map((plan) => [plan.name, stackEntry(plan.accountId, plan.region, plan.keys.map((key) => keyAddress(key.purpose)))]),
  );
}

/** Everything either ledger holds; never drops a key. */
export function mergeLedgers(base: KeyLedger, additions: KeyLedger): KeyLedger {
  const merged = new Map(base);
  for (const [name, entry] of additions) {
    const existing = merged.get(name);
    merged.set(name, existing === undefined ? entry : stackEntry(entry.accountId, entry.region, [...existing.keys, ...entry.keys]));
  }
  return merged;
}

/** Keys the configuration produces (`ledgerOf` its plans) that the ledger lacks, in stack then address order. */
export function missingFromLedger(ledger: KeyLedger, produced: KeyLedger): LedgerKey[] {
  const missing: LedgerKey[] = [];
  for (const [stack, entry] of produced) {
    const recorded = new Set(ledger.get(stack)?.keys ?? []);
    for (const address of entry.keys) if (!recorded.has(address)) missing.push({ stack, address });
  }
  return missing.sort(compareKeys);
}

export function ledgersEqual(a: KeyLedger, b: KeyLedger): boolean {
  if (a.size !== b.size) return false;
  for (const [name, entry] of a) {
    const other = b.get(name);
    if (other === undefined || other.accountId !== entry.accountId || other.region !== entry.region) return false;
    if (other.keys.length !== entry.keys.length || other.keys.some((key, i) => key !== entry.keys[i])) return false;
  }
  return true;
}

/** Drops a whole stack (addresses undefined) or some of its addresses; an emptied stack leaves. */
export function withoutKeys(ledger: KeyLedger, stack: string, addresses?: readonly string[]): KeyLedger {
  const entry = ledger.get(stack);
  const result = new Map(ledger);
  if (entry === undefined) return result;
  const kept = addresses === undefined ? [] : entry.keys.filter((key) => !addresses.includes(key));
  if (kept.length === 0) result.delete(stack);
  else result.set(stack, { ...entry, keys: kept });
  return result;
}

export function stackEntry(accountId: string, region: string, keys: readonly string[]): LedgerStack {
  return { accountId, region, keys: [...new Set(keys)].sort() };
}

export function ledgerStackName(entry: LedgerStack): string {
  return stackName(entry.accountId, entry.region);
}

export function compareKeys(a: LedgerKey, b: LedgerKey): number {
  return a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}
