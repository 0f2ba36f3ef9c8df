/** The key catalog's naming table: where each purpose is rendered and how others find it. */
import { DEFAULT_PREFIX } from '../config/schema/terraform-config-schema';
import type { KeyModule, KeyPurpose } from './types';

export interface CatalogEntry {
  readonly module: KeyModule;
  /** After the alias prefix: `<a>/kms/cloudwatch/key`. */
  readonly aliasSuffix: string;
  /** After the parameter prefix: `<p>/kms/cloudwatch/key-arn`. */
  readonly parameterSuffix: string;
  readonly description: string;
}

export const KEY_CATALOG: Readonly<Record<KeyPurpose, CatalogEntry>> = {
  cloudwatch: { module: 'all-accounts', aliasSuffix: 'kms/cloudwatch/key', parameterSuffix: 'kms/cloudwatch/key-arn', description: 'CloudWatch Logs encryption' },
  s3: { module: 'all-accounts', aliasSuffix: 'kms/s3/key', parameterSuffix: 'kms/s3/key-arn', description: 'S3 bucket encryption' },
  lambda: { module: 'all-accounts', aliasSuffix: 'kms/lambda/key', parameterSuffix: 'kms/lambda/key-arn', description: 'Lambda environment variable encryption' },
  session_manager: { module: 'all-accounts', aliasSuffix: 'sessionmanager-logs/session', parameterSuffix: 'kms/session-manager/key-arn', description: 'Session Manager session and log encryption' },
  ebs: { module: 'all-accounts', aliasSuffix: 'ebs/default-encryption/key', parameterSuffix: 'kms/ebs/key-arn', description: 'EBS default volume encryption' },
  backup: { module: 'all-accounts', aliasSuffix: 'kms/backup/key', parameterSuffix: 'kms/backup/key-arn', description: 'AWS Backup vault encryption' },
  installer: { module: 'management', aliasSuffix: 'installer/kms/key', parameterSuffix: 'installer/kms/key-arn', description: 'Accelerator installer encryption' },
  management: { module: 'management', aliasSuffix: 'management/kms/key', parameterSuffix: 'management/kms/key-arn', description: 'Management account encryption' },
  central_logs: { module: 'log-archive', aliasSuffix: 'central-logs/s3', parameterSuffix: 'logging/central-bucket/kms/arn', description: 'Central log bucket encryption' },
  log_replication: { module: 'log-archive', aliasSuffix: 'kms/replication/cloudwatch/logs/key', parameterSuffix: 'kms/replication/cloudwatch/logs/key-arn', description: 'CloudWatch Logs replication encryption' },
  accelerator: { module: 'audit', aliasSuffix: 'kms/key', parameterSuffix: 'kms/key-arn', description: 'Accelerator security services encryption' },
  audit_s3: { module: 'audit', aliasSuffix: 'kms/s3/key', parameterSuffix: 'kms/s3/key-arn', description: 'Audit account S3 bucket encryption' },
  sns: { module: 'audit', aliasSuffix: 'kms/sns/key', parameterSuffix: 'kms/sns/key-arn', description: 'SNS topic encryption' },
};

/** LZA's prefix mapping: the default prefix maps to `accelerator`, any other is used as it is. */

export function aliasPrefix(prefix: string): string {
  return prefix === DEFAULT_PREFIX ? 'alias/accelerator' : `alias/${prefix}`;
}

export function parameterPrefix(prefix: string): string {
  return prefix === DEFAULT_PREFIX ? '/accelerator' : `/${prefix}`;
}

export function stackName(accountId: string, region: string): string {
  return `keys-${accountId}-${region}`;
}

/** The inverse of stackName: `keys-012345678901-eu-west-1` → its account id and Region. */
export function parseStackName(name: string): { readonly accountId: string; readonly region: string } | undefined {
  const match = /^keys-(\d{12})-([a-z0-9-]+)$/.exec(name);
  return match === null ? undefined : { accountId: match[1], region: match[2] };
}
