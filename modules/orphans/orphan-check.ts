/**
 * What makes a key an orphan, per the key catalog: Terraform forgot it (`removed` block), so it
 * lost its alias but kept its tags and stayed Enabled. Pure: facts in, verdict out, so scan, tag
 * and schedule-deletion cannot disagree about what an orphan is.
 */
import { PREFIX_TAG } from '../config/key-tags';

export const CLEANUP_TAG = { key: 'accelerator:status', value: 'orphan-cleanup' } as const;

export interface KeyFacts {
  /** KMS KeyManager: `CUSTOMER` or `AWS`. */
  readonly keyManager: string | undefined;
  /** KMS KeyState: `Enabled`, `Disabled`, `PendingDeletion`, ... */
  readonly keyState: string | undefined;
  readonly aliases: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
}

export type OrphanVerdict = { readonly orphan: true } | { readonly orphan: false; readonly reasons: readonly string[] };

export function checkOrphan(facts: KeyFacts, prefix: string): OrphanVerdict {
  const reasons: string[] = [];
  if (facts.keyManager !== 'CUSTOMER') {
    reasons.push(`it is AWS-managed (KeyManager ${facts.keyManager ?? 'unknown'}): AWS owns its lifecycle`);
  }
  if (facts.keyState === 'PendingDeletion' || facts.keyState === 'PendingReplicaDeletion') {
    reasons.push(`it is already pending deletion (KeyState ${facts.keyState})`);
  } else if (facts.keyState !== 'Enabled') {
    reasons.push(`it is ${facts.keyState ?? 'in an unknown state'}, not Enabled`);
  }
  if (facts.aliases.length > 0) {
    reasons.push(`it has an alias (${facts.aliases.join(', ')}), so a stack still manages it`);
  }
  const tagged = facts.tags[PREFIX_TAG];
  if (tagged === undefined) {
    reasons.push(`it lacks the tag ${PREFIX_TAG}=${prefix}, so this landing zone did not create it`);
  } else if (tagged !== prefix) {
    reasons.push(`its ${PREFIX_TAG} tag is ${JSON.stringify(tagged)}, not ${JSON.stringify(prefix)}`);
  }
  return reasons.length === 0 ? { orphan: true } : { orphan: false, reasons };
}

export function isTaggedForCleanup(tags: Readonly<Record<string, string>>): boolean {
  return tags[CLEANUP_TAG.key] === CLEANUP_TAG.value;
}
