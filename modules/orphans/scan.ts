/**
 * scan: lists the orphans of every account×Region in scope. Keys with an alias are dropped before
 * any per-key call, and tags are read only for Enabled customer-managed keys, so a Region full of
 * AWS-managed and managed keys costs two list calls, not one call per key.
 */
import { paginateListKeys, type KeyListEntry } from '@aws-sdk/client-kms';
import type { KeyRef } from './arn';
import { describePlace, inPlace, OrphansError } from './aws-errors';
import type { Target } from './clients';
import type { Deps, Outcome } from './command';
import { mapLimit } from './concurrency';
import { formatJson, formatScanTable, scanSummary, type OrphanRecord } from './format';
import { describeKey, detailsOf, listAliases, listTags, type KeyDetails } from './key-facts';
import { checkOrphan, isTaggedForCleanup } from './orphan-check';
import { prefixOf, requireModel, roleArnFor } from './settings';

export interface ScanOptions {
  readonly regions?: readonly string[];
  readonly prefix?: string;
  readonly json: boolean;
  readonly allAccounts: boolean;
}

/** DescribeKey calls in flight per Region: fast on large Regions, well under KMS's request quotas. */
export const DESCRIBE_CONCURRENCY = 8;
/** A progress line every this many keys examined. */
export const PROGRESS_EVERY = 100;

export async function scan(options: ScanOptions, deps: Deps): Promise<Outcome> {
  const prefix = prefixOf(deps.settings, options.prefix);
  const regions = await regionsToScan(options, deps);
  const targets = await targetsToScan(regions, options.allAccounts, deps);
  const orphans: OrphanRecord[] = [];
  let failures = 0;
  for (const [index, target] of targets.entries()) {
    deps.io.err(`scan ${index + 1}/${targets.length}: ${describePlace(target)}`);
    try {
      orphans.push(...(await scanTarget(target, prefix, deps)));
    } catch (error) {
      // One denied account or disabled Region must not hide the orphans found everywhere else.
      if (!(error instanceof OrphansError)) throw error;
      failures++;
      deps.io.err(`scan: skipped ${describePlace(target)}: ${error.message}`);
    }
  }
  deps.io.out(options.json ? formatJson(orphans) : [formatScanTable(orphans), scanSummary(orphans, targets.length)].join('\n'));
  if (failures > 0) {
    deps.io.err(`scan: ${failures} of ${targets.length} account×Region pairs could not be scanned; the result above is incomplete.`);
    return 'failed';
  }
  return 'ok';
}

async function regionsToScan(options: ScanOptions, deps: Deps): Promise<readonly string[]> {
  if (options.regions !== undefined) return options.regions;
  if (deps.settings.model !== undefined) return deps.settings.model.enabledRegions;
  const current = await deps.clients.defaultRegion();
  if (current === undefined) {
    throw new OrphansError(
      `No Region to scan: pass --regions, set AWS_REGION (or a Region in the AWS profile), or provide the configuration folder (none at ${deps.settings.configDir}).`,
    );
  }
  return [current];
}

async function targetsToScan(regions: readonly string[], allAccounts: boolean, deps: Deps): Promise<Target[]> {
  const model = allAccounts ? requireModel(deps.settings, '--all-accounts') : undefined;
  const caller = await deps.clients.callerAccount(deps.settings.model?.homeRegion ?? (regions[0] as string));
  if (model === undefined) return regions.map((region) => ({ accountId: caller, region }));
  return model.accounts.flatMap((account) =>
    regions.map((region) =>
      account.id === caller ? { accountId: account.id, region } : { accountId: account.id, region, roleArn: roleArnFor(model, account.id) },
    ),
  );
}

async function scanTarget(target: Target, prefix: string, deps: Deps): Promise<OrphanRecord[]> {
  const kms = deps.clients.kms(target);
  const aliases = await listAliases(kms, target);
  const keys = await inPlace(target, 'kms:ListKeys', async () => {
    const all: KeyListEntry[] = [];
    for await (const page of paginateListKeys({ client: kms }, {})) all.push(...(page.Keys ?? []));
    return all;
  });
  const candidates = keys.filter((entry) => entry.KeyId !== undefined && !aliases.has(entry.KeyId));
  deps.io.err(`  ${keys.length} keys, ${candidates.length} without an alias`);
  let examined = 0;
  const found = await mapLimit(candidates, DESCRIBE_CONCURRENCY, async (entry) => {
    const details = await examine(entry, target, prefix, deps);
    examined++;
    if (examined % PROGRESS_EVERY === 0) deps.io.err(`  ${examined}/${candidates.length} keys examined`);
    return details;
  });
  const orphans = found.filter((details): details is KeyDetails => details !== undefined).map(toRecord);
  deps.io.err(`  ${orphans.length} orphaned`);
  return orphans;
}

async function examine(entry: KeyListEntry, target: Target, prefix: string, deps: Deps): Promise<KeyDetails | undefined> {
  const kms = deps.clients.kms(target);
  const keyId = entry.KeyId as string;
  const metadata = await describeKey(kms, target, keyId);
  // Only an Enabled customer-managed key can still be an orphan; skipping the tag call for the
  // others is an optimisation, checkOrphan below stays the one definition.
  if (metadata.KeyManager !== 'CUSTOMER' || metadata.KeyState !== 'Enabled') return undefined;
  // No aliases: only alias-less keys become candidates.
  const details = detailsOf(keyRefOf(entry, target), metadata, [], await listTags(kms, target, keyId));
  return checkOrphan(details, prefix).orphan ? details : undefined;
}

function keyRefOf(entry: KeyListEntry, target: Target): KeyRef {
  const keyId = entry.KeyId as string;
  const arn = entry.KeyArn ?? keyId;
  const [, partition = '', , , accountId = target.accountId ?? ''] = arn.split(':');
  return { arn, partition, region: target.region, accountId, keyId };
}

function toRecord(details: KeyDetails): OrphanRecord {
  return {
    keyArn: details.key.arn,
    keyId: details.key.keyId,
    account: details.key.accountId,
    region: details.key.region,
    creationDate: details.creationDate?.toISOString() ?? null,
    description: details.description ?? null,
    tags: details.tags,
    taggedForCleanup: isTaggedForCleanup(details.tags),
  };
}
