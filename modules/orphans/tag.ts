/**
 * tag: marks orphans `accelerator:status=orphan-cleanup` so cost reports can leave them out.
 * Only orphans: the tag on a managed key would hide a live key from cost reports and invite its
 * deletion later. Every key is checked before any is tagged, so a refusal leaves all untouched.
 */
import { TagResourceCommand } from '@aws-sdk/client-kms';
import type { KeyRef } from './arn';
import { inPlace } from './aws-errors';
import type { Target } from './clients';
import type { Deps, Outcome } from './command';
import { formatRefusal } from './format';
import { fetchKeyDetails } from './key-facts';
import { checkOrphan, CLEANUP_TAG, isTaggedForCleanup } from './orphan-check';
import { keyTarget, prefixOf } from './settings';

export interface TagOptions {
  readonly keys: readonly KeyRef[];
  readonly prefix?: string;
  readonly allAccounts: boolean;
}

interface Checked {
  readonly key: KeyRef;
  readonly target: Target;
  readonly alreadyTagged: boolean;
}

export async function tag(options: TagOptions, deps: Deps): Promise<Outcome> {
  const prefix = prefixOf(deps.settings, options.prefix);
  const keys = [...new Map(options.keys.map((key) => [key.arn, key])).values()];
  const checked: Checked[] = [];
  const refusals: string[] = [];
  for (const key of keys) {
    const target = await keyTarget(key, options.allAccounts, deps.settings, deps.clients);
    const details = await fetchKeyDetails(deps.clients.kms(target), target, key);
    const verdict = checkOrphan(details, prefix);
    if (verdict.orphan) checked.push({ key, target, alreadyTagged: isTaggedForCleanup(details.tags) });
    else refusals.push(formatRefusal(`tag ${key.arn}`, verdict.reasons));
  }
  if (refusals.length > 0) {
    deps.io.err([...refusals, 'Nothing was tagged.'].join('\n'));
    return 'refused';
  }
  const label = `${CLEANUP_TAG.key}=${CLEANUP_TAG.value}`;
  for (const { key, target, alreadyTagged } of checked) {
    if (alreadyTagged) {
      deps.io.out(`${key.arn}: already tagged ${label}`);
      continue;
    }
    await inPlace(target, 'kms:TagResource', () =>
      deps.clients.kms(target).send(new TagResourceCommand({ KeyId: key.keyId, Tags: [{ TagKey: CLEANUP_TAG.key, TagValue: CLEANUP_TAG.value }] })),
    );
    deps.io.out(`${key.arn}: tagged ${label}`);
  }
  return 'ok';
}
