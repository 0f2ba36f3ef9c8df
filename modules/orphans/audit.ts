/**
 * audit: reads the key's CloudTrail events (LookupEvents, in the key's account and Region, where
 * KMS records them) and counts the ones that prove use.
 */
import { paginateLookupEvents, type CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { KeyRef } from './arn';
import { inPlace } from './aws-errors';
import type { Target } from './clients';
import type { Deps, Outcome } from './command';
import { formatAudit, formatJson } from './format';
import { keyTarget } from './settings';
import { emptyCounts, LOOKBACK_DAYS, usageGroupOf, type KeyUsage, type UseEvent } from './usage';

export interface AuditOptions {
  readonly key: KeyRef;
  readonly json: boolean;
  readonly allAccounts: boolean;
}

/** A progress line every this many pages (50 events each, at most 2 pages a second). */
const PROGRESS_EVERY_PAGES = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function audit(options: AuditOptions, deps: Deps): Promise<Outcome> {
  const target = await keyTarget(options.key, options.allAccounts, deps.settings, deps.clients);
  const usage = await readKeyUsage(deps.clients.cloudTrail(target), target, options.key, deps, false);
  deps.io.out(options.json ? formatJson(usage) : formatAudit(usage));
  return 'ok';
}

export interface Progress {
  readonly io: Deps['io'];
  readonly now: () => Date;
}

export async function readKeyUsage(
  cloudTrail: CloudTrailClient,
  target: Target,
  key: KeyRef,
  { io, now }: Progress,
  stopAtFirstUse: boolean,
): Promise<KeyUsage> {
  const to = now();
  const from = new Date(to.getTime() - LOOKBACK_DAYS * DAY_MS);
  const counts = emptyCounts();
  let lastUse: UseEvent | null = null;
  let eventsRead = 0;
  let complete = true;
  await inPlace(target, 'cloudtrail:LookupEvents', async () => {
    let pages = 0;
    const input = {
      LookupAttributes: [{ AttributeKey: 'ResourceName' as const, AttributeValue: key.arn }],
      StartTime: from,
      EndTime: to,
    };
    for await (const page of paginateLookupEvents({ client: cloudTrail }, input)) {
      for (const event of page.Events ?? []) {
        eventsRead++;
        const group = usageGroupOf(event.EventName ?? '');
        if (group === undefined) continue;
        counts[group]++;
        lastUse ??= { eventName: event.EventName ?? group, eventTime: event.EventTime?.toISOString() ?? null, username: event.Username ?? null };
      }
      if (stopAtFirstUse && lastUse !== null) {
        complete = false;
        return;
      }
      if (++pages % PROGRESS_EVERY_PAGES === 0) io.err(`audit: ${eventsRead} CloudTrail events read for ${key.keyId}`);
    }
  });
  return {
    keyArn: key.arn,
    account: key.accountId,
    region: key.region,
    lookbackDays: LOOKBACK_DAYS,
    from: from.toISOString(),
    to: to.toISOString(),
    counts,
    lastUse,
    eventsRead,
    complete,
  };
}
