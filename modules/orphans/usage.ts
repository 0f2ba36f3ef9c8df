/**
 * Which CloudTrail events prove a key is in use, and what an audit found. Encrypt and
 * GenerateDataKey* mean new data is being protected; ReEncrypt* and Decrypt mean data exists
 * that only this key can read. Any one of them makes deletion destructive.
 */

/** CloudTrail's LookupEvents returns management events of the last 90 days, never older. */
export const LOOKBACK_DAYS = 90;

export const USAGE_GROUPS = ['Encrypt', 'GenerateDataKey*', 'ReEncrypt*', 'Decrypt'] as const;
export type UsageGroup = (typeof USAGE_GROUPS)[number];

export const LOOKBACK_NOTE =
  `CloudTrail LookupEvents covers only the last ${LOOKBACK_DAYS} days: older use does not show here ` +
  '(search the organization trail in S3, e.g. with Athena, to look further back).';

export function usageGroupOf(eventName: string): UsageGroup | undefined {
  if (eventName === 'Encrypt' || eventName === 'Decrypt') return eventName;
  if (eventName.startsWith('GenerateDataKey')) return 'GenerateDataKey*';
  if (eventName.startsWith('ReEncrypt')) return 'ReEncrypt*';
  return undefined;
}

export interface UseEvent {
  readonly eventName: string;
  readonly eventTime: string | null;
  readonly username: string | null;
}

export interface KeyUsage {
  readonly keyArn: string;
  readonly account: string;
  readonly region: string;
  readonly lookbackDays: number;
  readonly from: string;
  readonly to: string;
  readonly counts: Record<UsageGroup, number>;
  /** Newest usage event; LookupEvents returns newest first. */
  readonly lastUse: UseEvent | null;
  readonly eventsRead: number;
  /** False when the read stopped at the first usage event (schedule-deletion needs only one). */
  readonly complete: boolean;
}

export function emptyCounts(): Record<UsageGroup, number> {
  return { Encrypt: 0, 'GenerateDataKey*': 0, 'ReEncrypt*': 0, Decrypt: 0 };
}

export function isInUse(usage: Pick<KeyUsage, 'counts'>): boolean {
  return USAGE_GROUPS.some((group) => usage.counts[group] > 0);
}
