/**
 * schedule-deletion: the one destructive command. It refuses anything that is not an orphan or
 * that CloudTrail shows in use, asks before acting, and always uses the longest waiting period
 * KMS allows, so a mistake stays cancellable for 30 days.
 */
import { ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import type { KeyRef } from './arn';
import { inPlace } from './aws-errors';
import { readKeyUsage } from './audit';
import type { Deps, Outcome } from './command';
import { formatRefusal } from './format';
import { fetchKeyDetails, type KeyDetails } from './key-facts';
import { PURPOSE_TAG, STACK_TAG } from '../config/key-tags';
import { checkOrphan } from './orphan-check';
import { keyTarget, prefixOf } from './settings';
import { isInUse, LOOKBACK_DAYS, LOOKBACK_NOTE, type KeyUsage } from './usage';

/** KMS's maximum, and the catalog's deletion window. Never lowered: it is the only undo there is. */
export const PENDING_WINDOW_DAYS = 30;

export const CONFIRMATION_WORD = 'yes';

export interface ScheduleDeletionOptions {
  readonly key: KeyRef;
  readonly yes: boolean;
  readonly prefix?: string;
  readonly allAccounts: boolean;
}

export async function scheduleDeletion(options: ScheduleDeletionOptions, deps: Deps): Promise<Outcome> {
  const { key } = options;
  const what = `schedule deletion of ${key.arn}`;
  const target = await keyTarget(key, options.allAccounts, deps.settings, deps.clients);
  const kms = deps.clients.kms(target);
  const details = await fetchKeyDetails(kms, target, key);
  const verdict = checkOrphan(details, prefixOf(deps.settings, options.prefix));
  if (!verdict.orphan) {
    deps.io.err(formatRefusal(what, verdict.reasons));
    return 'refused';
  }
  deps.io.err(`Looking for use of ${key.keyId} in CloudTrail (last ${LOOKBACK_DAYS} days)...`);
  const usage = await readKeyUsage(deps.clients.cloudTrail(target), target, key, deps, true);
  if (isInUse(usage)) {
    deps.io.err(formatRefusal(what, [inUseReason(usage)]));
    return 'refused';
  }
  deps.io.err(`No use found. ${LOOKBACK_NOTE}`);
  if (!options.yes && !(await confirmed(details, deps))) return 'refused';
  const response = await inPlace(target, 'kms:ScheduleKeyDeletion', () =>
    kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.keyId, PendingWindowInDays: PENDING_WINDOW_DAYS })),
  );
  const deletionDate = response.DeletionDate?.toISOString() ?? `${PENDING_WINDOW_DAYS} days from now`;
  deps.io.out(
    [
      `Scheduled deletion of ${key.arn} on ${deletionDate} (${PENDING_WINDOW_DAYS}-day waiting period); the key is now PendingDeletion.`,
      `Deletion becomes irreversible when the window ends: after ${deletionDate}, data encrypted under this key can never be decrypted again.`,
      `To cancel before then${target.roleArn ? `, with credentials for account ${key.accountId}` : ''}:`,
      `  aws kms cancel-key-deletion --key-id ${key.keyId} --region ${key.region}`,
      `  aws kms enable-key --key-id ${key.keyId} --region ${key.region}    (a cancelled key comes back Disabled)`,
    ].join('\n'),
  );
  return 'ok';
}

function inUseReason(usage: KeyUsage): string {
  const last = usage.lastUse;
  const event = last ? `${last.eventName} at ${last.eventTime ?? 'an unknown time'} by ${last.username ?? 'an unknown principal'}` : 'usage events';
  const proof = usage.counts.Decrypt > 0 ? ': a Decrypt proves data exists that only this key can read' : '';
  return `CloudTrail shows it in use (${event})${proof}. Run \`npm run orphans -- audit --key ${usage.keyArn}\` for the counts.`;
}

async function confirmed(details: KeyDetails, deps: Deps): Promise<boolean> {
  if (!deps.io.interactive) {
    deps.io.err('Not scheduled: stdin is not a terminal, so nobody can confirm. Pass --yes to confirm non-interactively.');
    return false;
  }
  const { key, tags } = details;
  const answer = await deps.io.ask(
    [
      `About to schedule deletion of ${key.arn} (account ${key.accountId}, Region ${key.region}, ` +
        `${PURPOSE_TAG}=${tags[PURPOSE_TAG] ?? '-'}, ${STACK_TAG}=${tags[STACK_TAG] ?? '-'}).`,
      `KMS deletes it after ${PENDING_WINDOW_DAYS} days; from then on, data encrypted under it can never be decrypted again.`,
      `Type "${CONFIRMATION_WORD}" to schedule the deletion: `,
    ].join('\n'),
  );
  if (answer?.trim() === CONFIRMATION_WORD) return true;
  deps.io.err('Not scheduled: not confirmed.');
  return false;
}
