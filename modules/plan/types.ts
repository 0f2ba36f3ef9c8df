/** The key plan: pure data saying which key goes where with which policy. No CDKTF here. */
import type { AccountType, BackendSettings, Partition, PolicyRuleSuppression, Tag } from '../config/model';
import type { PolicyDocument } from './policies/policy-document';

export const KEY_PURPOSES = [
  'cloudwatch',
  's3',
  'lambda',
  'session_manager',
  'ebs',
  'backup',
  'installer',
  'management',
  'central_logs',
  'log_replication',
  'accelerator',
  'audit_s3',
  'sns',
] as const;

/** Also the Terraform address of the key: `aws_kms_key.<purpose>`. */
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** The module that renders a key: one per account type, plus the keys of every account. */
export type KeyModule = 'all-accounts' | 'management' | 'log-archive' | 'audit';

export interface KeyPlan {
  readonly purpose: KeyPurpose;
  readonly module: KeyModule;
  readonly description: string;
  /** `alias/accelerator/kms/cloudwatch/key` */
  readonly alias: string;
  /** SSM parameter publishing the key ARN: `/accelerator/kms/cloudwatch/key-arn` */
  readonly parameterName: string;
  readonly tags: readonly Tag[];
  readonly policy: PolicyDocument;
  /** An existing key to take under management instead of creating one: rendered as `import` blocks. */
  readonly adopt?: KeyAdoption;
}

/** terraform-config.yaml `retention.adopt`: the key (and optionally its alias) already exist in AWS. */
export interface KeyAdoption {
  /** The KMS key id (a UUID) in this stack's account and Region. */
  readonly keyId: string;
  /** The alias already points at the key: import it too instead of creating it. */
  readonly importAlias: boolean;
}

/** Resources the project wires to a key of the same stack; see the catalog's consumers. */
export type Consumer =
  | { readonly kind: 'ebs-default-encryption'; readonly purpose: 'ebs' }
  | { readonly kind: 'session-manager-preferences'; readonly purpose: 'session_manager' }
  | { readonly kind: 'backup-vault'; readonly purpose: 'backup'; readonly vaultName: string };

/** Organization-wide facts the synth-time policy rules check every key policy against. */
export interface OrganizationFacts {
  /** Set when the organization is in use (organization-config.yaml `enable: true`). */
  readonly organizationId?: string;
  /** Every account of the configuration, in configuration order. */
  readonly accountIds: readonly string[];
}

export interface StackPlan {
  /** `keys-<accountId>-<region>`; never the account's name, so a rename moves no state. */
  readonly name: string;
  readonly accountId: string;
  readonly accountType: AccountType;
  readonly region: string;
  readonly partition: Partition;
  /** Role the provider assumes; undefined = the deploying identity as it is. */
  readonly assumeRoleArn?: string;
  readonly backend: BackendSettings;
  readonly keys: readonly KeyPlan[];
  readonly consumers: readonly Consumer[];
  /** For the policy rules (modules/rules), which read it from the stack instead of from the files. */
  readonly organization: OrganizationFacts;
  readonly policyRuleSuppressions: readonly PolicyRuleSuppression[];
  /**
   * Key addresses (`aws_kms_key.<purpose>`) the stack once held and no longer does: Terraform
   * forgets them (`removed` blocks) instead of destroying them. Absent means none. A stack with
   * no keys and only these is a tombstone: it exists to reach the old state once more.
   */
  readonly removed?: readonly string[];
}
