/**
 * What the key catalog ("Key policies" in docs/key-catalog.md) says each key allows, written out
 * by hand as requests, independently of the statement builders. Wildcard actions are tried
 * through concrete actions they cover. The simulator tests check the built policies against this.
 */
import type { KeyPurpose } from '../../modules/plan';

const GENERATE = ['kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:GenerateDataKeyPair', 'kms:GenerateDataKeyPairWithoutPlaintext'];
const RE_ENCRYPT = ['kms:ReEncryptFrom', 'kms:ReEncryptTo'];
/** STD = kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:DescribeKey */
export const STD = ['kms:Encrypt', 'kms:Decrypt', ...RE_ENCRYPT, ...GENERATE, 'kms:DescribeKey'];
/** LOGS = kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey*, kms:Describe* */
export const LOGS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];
export const STD_AS_WRITTEN = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
export const DELIVERY = [
  'kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair',
  'kms:GenerateDataKeyPairWithoutPlaintext', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo',
];
const S3_VIA = ['kms:Encrypt', 'kms:Decrypt', ...RE_ENCRYPT, 'kms:GenerateDataKey', 'kms:DescribeKey'];
const DECRYPT_GENERATE = ['kms:Decrypt', ...GENERATE];

/**
 * Who a grant is for, and so who must be refused the same request:
 * - one-account: IAM callers of the granted account only (refused: another organization account, an outside account);
 * - organization: IAM callers of any organization account (refused: an outside account);
 * - source-account: a service acting for this account's resources (refused: for another organization account's, an outside account's);
 * - source-account-if-present: as source-account, and a service that names no source passes (StringEqualsIfExists);
 * - source-organization: a service acting for the organization's resources (refused: for an outside account's);
 * - unguarded: the catalog names no confused-deputy condition: the service passes for anyone's resources.
 */
export type GrantScope = 'one-account' | 'organization' | 'source-account' | 'source-account-if-present' | 'source-organization' | 'unguarded';

export type GrantCaller =
  /** A role of the key's account, with no IAM policy of its own: the key policy alone must let it in. */
  | { readonly role: string; readonly in: 'this-account' }
  /** A role of another organization account (or of Audit), whose IAM allows everything. */
  | { readonly role: string; readonly in: 'organization-account' | 'audit-account' }
  /** A service principal; `{region}` is the key's Region. */
  | { readonly service: string };

export interface CatalogGrant {
  readonly name: string;
  readonly caller: GrantCaller;
  readonly actions: readonly string[];
  /** kms:ViaService; `{region}` is the key's Region. */
  readonly via?: string;
  readonly grantForAwsResource?: true;
  readonly scope: GrantScope;
}

/** A request the catalog does not allow, though it looks like one it does. */
export interface CatalogRefusal {
  readonly name: string;
  readonly caller: GrantCaller;
  readonly actions: readonly string[];
  readonly via?: string;
  readonly grantForAwsResource?: true;
}

/** A CloudWatch Logs statement: conditioned on kms:EncryptionContext, which the simulator cannot evaluate. */
export interface EncryptionContextGrant {
  readonly actions: readonly string[];
  /** Whose log groups: this account's, or any account's (`*`). */
  readonly logGroupAccount: 'this' | '*';
}

export interface PurposeCatalog {
  readonly grants: readonly CatalogGrant[];
  readonly refusals?: readonly CatalogRefusal[];
  readonly logs?: EncryptionContextGrant;
}

const ACCEL = 'AWSAccelerator-Pipeline';
const APP = 'app-role';
const ORG_S3_VIA: CatalogGrant = { name: 'any organization principal through S3 of this Region', caller: { role: APP, in: 'organization-account' }, actions: S3_VIA, via: 's3.{region}.amazonaws.com', scope: 'organization' };
const AUDIT_MANAGER_GRANTS: CatalogGrant = {
  name: 'any organization principal: kms:CreateGrant through Audit Manager for AWS resources',
  caller: { role: APP, in: 'organization-account' }, actions: ['kms:CreateGrant'], via: 'auditmanager.{region}.amazonaws.com', grantForAwsResource: true, scope: 'organization',
};

export const CATALOG_GRANTS: Readonly<Record<KeyPurpose, PurposeCatalog>> = {
  cloudwatch: {
    logs: { actions: LOGS, logGroupAccount: 'this' },
    grants: [{ name: 'EventBridge for this account', caller: { service: 'events.amazonaws.com' }, actions: ['kms:GenerateDataKey', 'kms:Decrypt'], scope: 'source-account-if-present' }],
    refusals: [{ name: 'EventBridge beyond kms:GenerateDataKey and kms:Decrypt', caller: { service: 'events.amazonaws.com' }, actions: ['kms:Encrypt', 'kms:CreateGrant'] }],
  },
  s3: {
    grants: [
      ORG_S3_VIA,
      { name: 'log delivery for this account', caller: { service: 'delivery.logs.amazonaws.com' }, actions: DELIVERY, scope: 'source-account' },
    ],
    refusals: [
      { name: 'an organization principal not through S3', caller: { role: APP, in: 'organization-account' }, actions: S3_VIA },
      { name: 'an organization principal through S3 of another Region', caller: { role: APP, in: 'organization-account' }, actions: S3_VIA, via: 's3.us-east-1.amazonaws.com' },
      { name: 'an organization principal through S3, beyond the catalog\'s actions', caller: { role: APP, in: 'organization-account' }, actions: ['kms:GenerateDataKeyWithoutPlaintext', 'kms:CreateGrant'], via: 's3.{region}.amazonaws.com' },
    ],
  },
  lambda: { grants: [], refusals: [{ name: 'an organization principal', caller: { role: APP, in: 'organization-account' }, actions: STD }] },
  session_manager: { grants: [], refusals: [{ name: 'an organization principal', caller: { role: APP, in: 'organization-account' }, actions: STD }] },
  backup: { grants: [], refusals: [{ name: 'an organization principal', caller: { role: APP, in: 'organization-account' }, actions: STD }] },
  log_replication: { grants: [], refusals: [{ name: 'an organization principal', caller: { role: APP, in: 'organization-account' }, actions: STD }] },
  ebs: {
    grants: [
      {
        name: 'the Auto Scaling service-linked role of this account',
        caller: { role: 'aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling', in: 'this-account' },
        actions: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', ...GENERATE, ...RE_ENCRYPT], scope: 'one-account',
      },
      {
        name: 'the Auto Scaling service-linked role: kms:CreateGrant for AWS resources',
        caller: { role: 'aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling', in: 'this-account' },
        actions: ['kms:CreateGrant'], grantForAwsResource: true, scope: 'one-account',
      },
      { name: 'this account\'s principals through EC2 of this Region', caller: { role: APP, in: 'this-account' }, actions: [...STD, 'kms:CreateGrant'], via: 'ec2.{region}.amazonaws.com', scope: 'one-account' },
    ],
    refusals: [
      { name: 'the Auto Scaling role: kms:CreateGrant not for an AWS resource', caller: { role: 'aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling', in: 'this-account' }, actions: ['kms:CreateGrant'] },
      { name: 'this account\'s principals not through EC2', caller: { role: APP, in: 'this-account' }, actions: [...STD, 'kms:CreateGrant'] },
      { name: 'this account\'s principals through EC2, beyond the catalog\'s actions (LZA granted kms:*)', caller: { role: APP, in: 'this-account' }, actions: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey'], via: 'ec2.{region}.amazonaws.com' },
    ],
  },
  installer: {
    logs: { actions: STD_AS_WRITTEN, logGroupAccount: 'this' },
    grants: [
      { name: 'the accelerator roles of this account', caller: { role: ACCEL, in: 'this-account' }, actions: STD, scope: 'one-account' },
      { name: 'SNS', caller: { service: 'sns.amazonaws.com' }, actions: STD, scope: 'unguarded' },
      { name: 'EventBridge', caller: { service: 'events.amazonaws.com' }, actions: STD, scope: 'unguarded' },
    ],
    refusals: [{ name: 'a role of this account not named <prefix>-*', caller: { role: APP, in: 'this-account' }, actions: STD }],
  },
  management: {
    logs: { actions: LOGS, logGroupAccount: 'this' },
    grants: [
      { name: 'the accelerator roles of this account', caller: { role: ACCEL, in: 'this-account' }, actions: STD, scope: 'one-account' },
      { name: 'SNS publishing', caller: { service: 'sns.amazonaws.com' }, actions: ['kms:GenerateDataKey', 'kms:Encrypt'], scope: 'unguarded' },
      { name: 'the Audit account (Control Tower)', caller: { role: APP, in: 'audit-account' }, actions: ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'], scope: 'one-account' },
    ],
    refusals: [
      { name: 'SNS beyond publishing', caller: { service: 'sns.amazonaws.com' }, actions: ['kms:Decrypt'] },
      { name: 'the Audit account beyond its four actions', caller: { role: APP, in: 'audit-account' }, actions: ['kms:ReEncryptFrom', 'kms:CreateGrant'] },
    ],
  },
  central_logs: {
    grants: [
      { name: 'S3', caller: { service: 's3.amazonaws.com' }, actions: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', ...GENERATE], scope: 'unguarded' },
      ...['config', 'cloudtrail', 'delivery.logs', 'ssm'].map((name): CatalogGrant => ({
        name: `${name} delivering for the organization`, caller: { service: `${name}.amazonaws.com` }, actions: DELIVERY, scope: 'source-organization',
      })),
      { name: 'any organization principal', caller: { role: APP, in: 'organization-account' }, actions: DELIVERY, scope: 'organization' },
      ...['macie', 'guardduty', 'auditmanager', 'macie.af-south-1', 'guardduty.af-south-1'].map((name): CatalogGrant => ({
        name: `security service ${name}`, caller: { service: `${name}.amazonaws.com` }, actions: STD, scope: 'unguarded',
      })),
    ],
    refusals: [{ name: 'an organization principal beyond DELIVERY', caller: { role: APP, in: 'organization-account' }, actions: ['kms:CreateGrant', 'kms:GenerateMac'] }],
  },
  accelerator: {
    logs: { actions: LOGS, logGroupAccount: '*' },
    grants: [
      { name: 'the organization reading central SSM parameters', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Decrypt', 'kms:DescribeKey'], via: 'ssm.{region}.amazonaws.com', scope: 'organization' },
      { name: 'the accelerator roles of the organization', caller: { role: ACCEL, in: 'organization-account' }, actions: STD, scope: 'organization' },
      ...['sns', 'lambda', 'cloudwatch', 'sqs'].map((name): CatalogGrant => ({ name, caller: { service: `${name}.amazonaws.com` }, actions: STD, scope: 'unguarded' })),
      AUDIT_MANAGER_GRANTS,
    ],
    refusals: [
      { name: 'an organization principal not through SSM', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Decrypt', 'kms:DescribeKey'] },
      { name: 'an organization principal through SSM, beyond reading', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Encrypt', 'kms:GenerateDataKey'], via: 'ssm.{region}.amazonaws.com' },
      { name: 'an organization principal: kms:CreateGrant not for an AWS resource', caller: { role: APP, in: 'organization-account' }, actions: ['kms:CreateGrant'], via: 'auditmanager.{region}.amazonaws.com' },
    ],
  },
  audit_s3: {
    grants: [
      ORG_S3_VIA,
      { name: 'any organization principal: kms:Decrypt and kms:GenerateDataKey', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Decrypt', 'kms:GenerateDataKey'], scope: 'organization' },
      { name: 'CloudTrail for the organization', caller: { service: 'cloudtrail.amazonaws.com' }, actions: STD, scope: 'source-organization' },
      { name: 'Audit Manager', caller: { service: 'auditmanager.amazonaws.com' }, actions: STD, scope: 'unguarded' },
      AUDIT_MANAGER_GRANTS,
    ],
    refusals: [{ name: 'an organization principal not through S3, beyond decrypt and generate', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Encrypt', 'kms:ReEncryptFrom', 'kms:GenerateDataKeyWithoutPlaintext'] }],
  },
  sns: {
    grants: [
      { name: 'the accelerator roles of the organization', caller: { role: ACCEL, in: 'organization-account' }, actions: STD, scope: 'organization' },
      ...['cloudwatch', 'events', 'lambda'].map((name): CatalogGrant => ({
        name: `${name} for this account`, caller: { service: `${name}.amazonaws.com` }, actions: DECRYPT_GENERATE, scope: 'source-account-if-present',
      })),
      { name: 'any organization principal (subscribers)', caller: { role: APP, in: 'organization-account' }, actions: DECRYPT_GENERATE, scope: 'organization' },
    ],
    refusals: [{ name: 'an organization principal beyond decrypt and generate', caller: { role: APP, in: 'organization-account' }, actions: ['kms:Encrypt', 'kms:ReEncryptTo'] }],
  },
};
