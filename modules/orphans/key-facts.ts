/**
 * Reads what KMS knows about keys: metadata, aliases, tags. Every list call goes through the SDK's
 * paginator, because a partial page (an alias or tag on page two) would turn a managed key into
 * a false orphan.
 */
import {
  DescribeKeyCommand,
  paginateListAliases,
  paginateListResourceTags,
  type KMSClient,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import type { KeyRef } from './arn';
import { inPlace, type Where } from './aws-errors';
import type { KeyFacts } from './orphan-check';

export interface KeyDetails extends KeyFacts {
  readonly key: KeyRef;
  readonly creationDate?: Date;
  readonly description?: string;
}

export async function describeKey(kms: KMSClient, where: Where, keyId: string): Promise<KeyMetadata> {
  const response = await inPlace(where, 'kms:DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: keyId })));
  if (!response.KeyMetadata) throw new Error(`kms:DescribeKey returned no metadata for ${keyId}`);
  return response.KeyMetadata;
}

export function listTags(kms: KMSClient, where: Where, keyId: string): Promise<Record<string, string>> {
  return inPlace(where, 'kms:ListResourceTags', async () => {
    const tags: Record<string, string> = {};
    for await (const page of paginateListResourceTags({ client: kms }, { KeyId: keyId })) {
      for (const tag of page.Tags ?? []) {
        if (tag.TagKey !== undefined) tags[tag.TagKey] = tag.TagValue ?? '';
      }
    }
    return tags;
  });
}

/** Alias names by target key id; with `keyId`, only that key's aliases (one call instead of the Region's list). */
export function listAliases(kms: KMSClient, where: Where, keyId?: string): Promise<Map<string, string[]>> {
  return inPlace(where, 'kms:ListAliases', async () => {
    const byKey = new Map<string, string[]>();
    for await (const page of paginateListAliases({ client: kms }, keyId === undefined ? {} : { KeyId: keyId })) {
      for (const alias of page.Aliases ?? []) {
        if (alias.TargetKeyId === undefined || alias.AliasName === undefined) continue;
        byKey.set(alias.TargetKeyId, [...(byKey.get(alias.TargetKeyId) ?? []), alias.AliasName]);
      }
    }
    return byKey;
  });
}

export function detailsOf(key: KeyRef, metadata: KeyMetadata, aliases: readonly string[], tags: Record<string, string>): KeyDetails {
  return {
    key,
    keyManager: metadata.KeyManager,
    keyState: metadata.KeyState,
    creationDate: metadata.CreationDate,
    description: metadata.Description,
    aliases,
    tags,
  };
}

/** Everything the orphan check needs about one key named by ARN. */
export async function fetchKeyDetails(kms: KMSClient, where: Where, key: KeyRef): Promise<KeyDetails> {
  const metadata = await describeKey(kms, where, key.arn);
  // AWS-managed keys cannot carry tags; asking would only risk an error in place of a clear refusal.
  const [aliases, tags] = await Promise.all([
    listAliases(kms, where, key.keyId),
    metadata.KeyManager === 'CUSTOMER' ? listTags(kms, where, key.keyId) : Promise.resolve({}),
  ]);
  return detailsOf(key, metadata, aliases.get(key.keyId) ?? [], tags);
}
