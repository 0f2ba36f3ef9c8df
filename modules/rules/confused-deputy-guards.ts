/**
 * The confused-deputy condition the key catalog names for each service principal of each key
 * purpose ("Key policies" in docs/key-catalog.md), in one table. `none` means the catalog lists the
 * service without a condition; a service missing from its purpose's row is not in the catalog.
 */
import { sameKey, type StatementView } from '../iam/policy-view';
import type { KeyPurpose } from '../plan/types';
import type { RenderedKey } from './rendered-key';

export type DeputyGuard =
  /** `StringEquals aws:SourceAccount = A`. */
  | 'source-account'
  /** `StringEqualsIfExists aws:SourceAccount = A` (StringEquals is stricter and passes too). */
  | 'source-account-if-exists'
  /** `StringEquals aws:SourceOrgID = ORG`; without an organization, aws:SourceAccount within its accounts. */
  | 'source-organization'
  /** LOG_GROUPS: `ArnLike kms:EncryptionContext:aws:logs:arn = arn:P:logs:R:A:log-group:*`. */
  | 'log-groups-of-account'
  /** The accelerator key's variant: log groups of any account, in this Region. */
  | 'log-groups-of-region'
  | 'none';

/** Service names: `events` is events.amazonaws.com; `{region}` is the key's Region; `{any-region}` any Region. */
export const CONFUSED_DEPUTY_GUARDS: Readonly<Record<KeyPurpose, Readonly<Record<string, DeputyGuard>>>> = {
  cloudwatch: { 'logs.{region}': 'log-groups-of-account', events: 'source-account-if-exists' },
  s3: { 'delivery.logs': 'source-account' },
  lambda: {},
  session_manager: {},
  ebs: {},
  backup: {},
  installer: { sns: 'none', events: 'none', 'logs.{region}': 'log-groups-of-account' },
  management: { 'logs.{region}': 'log-groups-of-account', sns: 'none' },
  central_logs: {
    s3: 'none',
    config: 'source-organization',
    cloudtrail: 'source-organization',
    'delivery.logs': 'source-organization',
    ssm: 'source-organization',
    macie: 'none',
    'macie.{any-region}': 'none',
    guardduty: 'none',
    'guardduty.{any-region}': 'none',
    auditmanager: 'none',
  },
  log_replication: {},
  accelerator: { 'logs.{region}': 'log-groups-of-region', sns: 'none', lambda: 'none', cloudwatch: 'none', sqs: 'none' },
  audit_s3: { cloudtrail: 'source-organization', auditmanager: 'none' },
  sns: { cloudwatch: 'source-account-if-exists', events: 'source-account-if-exists', lambda: 'source-account-if-exists' },
};

/** The table's entry for a service principal, or undefined when the catalog does not name it. */
export function guardFor(purpose: KeyPurpose, service: string, key: RenderedKey): DeputyGuard | undefined {
  const row = CONFUSED_DEPUTY_GUARDS[purpose];
  const match = /^(.+?)(?:\.([a-z]{2}(?:-[a-z]+)+-\d))?\.amazonaws\.com(?:\.cn)?$/.exec(service);
  if (match === null) return undefined;
  const [, name, region] = match;
  if (region === undefined) return row[name];
  return (region === key.region ? row[`${name}.{region}`] : undefined) ?? row[`${name}.{any-region}`];
}

/** Whether the statement carries the guard; the text says what it must carry. */
export function guardHolds(guard: DeputyGuard, statement: StatementView, key: RenderedKey): boolean {
  const on = (operators: readonly string[], conditionKey: string, accept: (values: readonly string[]) => boolean) =>
    statement.conditions.some(
      (entry) => operators.includes(entry.operator) && sameKey(entry.key, conditionKey) && entry.values.length > 0 && accept(entry.values),
    );
  const onlyThisAccount = (values: readonly string[]) => values.every((v) => v === key.accountId);
  const logGroups = (account: string) => (values: readonly string[]) =>
    values.every((v) => v.startsWith(`arn:${key.partition}:logs:${key.region}:${account}:log-group:`));
  switch (guard) {
    case 'none':
      return true;
    case 'source-account':
      return on(['StringEquals'], 'aws:SourceAccount', onlyThisAccount);
    case 'source-account-if-exists':
      return on(['StringEquals', 'StringEqualsIfExists'], 'aws:SourceAccount', onlyThisAccount);
    case 'source-organization': {
      const orgId = key.organization.organizationId;
      return orgId !== undefined
        ? on(['StringEquals'], 'aws:SourceOrgID', (values) => values.every((v) => v === orgId))
        : on(['StringEquals'], 'aws:SourceAccount', (values) => values.every((v) => key.organization.accountIds.includes(v)));
    }
    case 'log-groups-of-account':
      return on(['ArnLike', 'ArnEquals'], 'kms:EncryptionContext:aws:logs:arn', logGroups(key.accountId));
    case 'log-groups-of-region':
      return on(['ArnLike', 'ArnEquals'], 'kms:EncryptionContext:aws:logs:arn', logGroups('*'));
  }
}

export function describeGuard(guard: DeputyGuard, key: RenderedKey): string {
  switch (guard) {
    case 'none':
      return 'no condition';
    case 'source-account':
      return `StringEquals aws:SourceAccount = ${key.accountId}`;
    case 'source-account-if-exists':
      return `StringEqualsIfExists aws:SourceAccount = ${key.accountId}`;
    case 'source-organization':
      return key.organization.organizationId !== undefined
        ? `StringEquals aws:SourceOrgID = ${key.organization.organizationId}`
        : 'StringEquals aws:SourceAccount = the organization\'s account ids';
    case 'log-groups-of-account':
      return `ArnLike kms:EncryptionContext:aws:logs:arn = arn:${key.partition}:logs:${key.region}:${key.accountId}:log-group:*`;
    case 'log-groups-of-region':
      return `ArnLike kms:EncryptionContext:aws:logs:arn = arn:${key.partition}:logs:${key.region}:*:log-group:*`;
  }
}
