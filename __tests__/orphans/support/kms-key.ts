/** Stubs what KMS says about one key, for the key commands' unit tests. */
import {
  DescribeKeyCommand,
  ListAliasesCommand,
  ListResourceTagsCommand,
  type KMSClientResolvedConfig,
  type KeyMetadata,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  type Tag,
} from '@aws-sdk/client-kms';
import type { AwsStub } from 'aws-sdk-client-mock';
import { ORPHAN_TAGS } from './deps';

export type KmsStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, KMSClientResolvedConfig>;

export interface GivenKey {
  readonly arn: string;
  readonly metadata?: Partial<KeyMetadata>;
  readonly aliases?: readonly string[];
  readonly tags?: readonly Tag[];
}

/** By default the key is an orphan: Enabled, customer-managed, tagged, no alias. */
export function givenKey(kms: KmsStub, { arn, metadata = {}, aliases = [], tags = ORPHAN_TAGS }: GivenKey): void {
  const keyId = arn.slice(arn.indexOf('/') + 1);
  kms.on(DescribeKeyCommand, { KeyId: arn }).resolves({
    KeyMetadata: { KeyId: keyId, Arn: arn, KeyManager: 'CUSTOMER', KeyState: 'Enabled', CreationDate: new Date('2024-05-01T00:00:00Z'), ...metadata },
  });
  kms.on(ListAliasesCommand, { KeyId: keyId }).resolves({ Aliases: aliases.map((AliasName) => ({ AliasName, TargetKeyId: keyId })) });
  kms.on(ListResourceTagsCommand, { KeyId: keyId }).resolves({ Tags: [...tags] });
}
