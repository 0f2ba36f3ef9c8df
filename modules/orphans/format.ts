/** Text for people and JSON for scripts. Pure: records in, strings out. */
import { PURPOSE_TAG, STACK_TAG } from '../config/key-tags';
import { CLEANUP_TAG } from './orphan-check';
import { isInUse, LOOKBACK_NOTE, USAGE_GROUPS, type KeyUsage } from './usage';

export interface OrphanRecord {
  readonly keyArn: string;
  readonly keyId: string;
  readonly account: string;
  readonly region: string;
  /** ISO 8601; null when KMS did not say. */
  readonly creationDate: string | null;
  readonly description: string | null;
  readonly tags: Readonly<Record<string, string>>;
  readonly taggedForCleanup: boolean;
}

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Left-aligned columns, two spaces apart; the last column is not padded. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatScanTable(orphans: readonly OrphanRecord[]): string {
  if (orphans.length === 0) return 'No orphaned keys.';
  return formatTable(
    ['KEY', 'REGION', 'CREATED', PURPOSE_TAG, STACK_TAG, `${CLEANUP_TAG.key}=${CLEANUP_TAG.value}`],
    orphans.map((o) => [
      o.keyArn,
      o.region,
      o.creationDate?.slice(0, 10) ?? '-',
      o.tags[PURPOSE_TAG] ?? '-',
      o.tags[STACK_TAG] ?? '-',
      o.taggedForCleanup ? 'yes' : 'no',
    ]),
  );
}

export function scanSummary(orphans: readonly OrphanRecord[], pairs: number): string {
  const tagged = orphans.filter((o) => o.taggedForCleanup).length;
  return (
    `${orphans.length} orphaned ${orphans.length === 1 ? 'key' : 'keys'} in ${pairs} account×Region ${pairs === 1 ? 'pair' : 'pairs'}` +
    ` (${tagged} tagged for clean-up). Before deleting one, run: npm run orphans -- audit --key <arn>`
  );
}

export function formatAudit(usage: KeyUsage): string {
  const lines = [
    `CloudTrail events against ${usage.keyArn} (account ${usage.account}, Region ${usage.region}), ${usage.from} to ${usage.to}:`,
    ...USAGE_GROUPS.map((group) => `  ${group.padEnd(18)}${usage.counts[group]}`),
    `  (${usage.eventsRead} events read in all)`,
    LOOKBACK_NOTE,
  ];
  if (usage.lastUse !== null) {
    lines.push(`Last use: ${usage.lastUse.eventName} at ${usage.lastUse.eventTime ?? 'an unknown time'} by ${usage.lastUse.username ?? 'an unknown principal'}.`);
  }
  lines.push(
    isInUse(usage)
      ? 'In use: do not schedule its deletion.' + (usage.counts.Decrypt > 0 ? ' A Decrypt proves data exists that only this key can read.' : '')
      : `No use in the last ${usage.lookbackDays} days.`,
  );
  return lines.join('\n');
}

export function formatRefusal(what: string, reasons: readonly string[]): string {
  return [`Refusing to ${what}:`, ...reasons.map((reason) => `  - ${reason}`)].join('\n');
}
