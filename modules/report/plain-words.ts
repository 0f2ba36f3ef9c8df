/**
 * Principals and conditions in words an auditor reads without knowing IAM's condition keys:
 * `StringEquals aws:PrincipalOrgID = o-…` → "the principal is in organization o-…". Anything not
 * recognized is shown as written, never dropped.
 */
import { principalArnParts } from '../iam/iam-names';
import { sameKey, type ConditionEntry } from '../iam/policy-view';
import { ACCOUNT, ORGANIZATION_ACCOUNTS, REGION } from './policy-template';

export interface WordContext {
  /** How `{account}` reads: "this account", or the one account of a group. */
  readonly account: string;
  /** How `{region}` reads: "this Region", or the one Region of a group. */
  readonly region: string;
  readonly organizationAccountCount: number;
  readonly accountName: (accountId: string) => string | undefined;
  /** A principal or value as written, placeholders filled where the group has one account or Region. */
  readonly literal: (text: string) => string;
}

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  auditmanager: 'Audit Manager', autoscaling: 'Auto Scaling', cloudtrail: 'CloudTrail', cloudwatch: 'CloudWatch',
  config: 'AWS Config', 'delivery.logs': 'log delivery', ec2: 'EC2', events: 'EventBridge', guardduty: 'GuardDuty',
  lambda: 'Lambda', logs: 'CloudWatch Logs', macie: 'Macie', s3: 'S3', sns: 'SNS', sqs: 'SQS', ssm: 'Systems Manager',
};

export function accountWords(accountId: string, words: WordContext): string {
  if (accountId === ACCOUNT) return words.account;
  if (accountId === '*') return 'any account';
  const name = words.accountName(accountId);
  return name === undefined ? `account ${accountId} (not in the configuration)` : `account ${accountId} (${name})`;
}

function regionWords(region: string, words: WordContext): string {
  return region === REGION ? words.region : region === '*' ? 'any Region' : region;
}

/** `logs.{region}.amazonaws.com` → "CloudWatch Logs in this Region". */
export function serviceWords(service: string, words: WordContext): string {
  const match = /^(.+?)(?:\.(\{region\}|\*|[a-z]{2}(?:-[a-z]+)+-\d))?\.amazonaws\.com(\.cn)?$/.exec(service);
  if (match === null) return `service ${service}`;
  const name = SERVICE_NAMES[match[1]] ?? match[1];
  return match[2] === undefined ? name : `${name} in ${regionWords(match[2], words)}`;
}

export function awsPrincipalWords(principal: string, words: WordContext): string {
  const parts = principalArnParts(principal);
  if (parts === undefined) return /^(\d{12}|\{account\})$/.test(principal) ? `the root of ${accountWords(principal, words)}` : principal;
  if (parts.resource === 'root') return `the root of ${accountWords(parts.account, words)}: whoever its IAM policies allow`;
  const [type, ...name] = parts.resource.split('/');
  return `${type} ${name.join('/')} of ${accountWords(parts.account, words)}`;
}

export function conditionWords(entry: ConditionEntry, words: WordContext): string {
  const { operator, key, values } = entry;
  const ifExists = operator.endsWith('IfExists') ? ' (when the request carries it)' : '';
  const positive = ['StringEquals', 'StringLike', 'ArnEquals', 'ArnLike', 'StringEqualsIfExists', 'Bool'].includes(operator);
  const either = (list: readonly string[]) => (list.length === 1 ? list[0] : `one of ${list.join(', ')}`);
  const accounts = (list: readonly string[]) =>
    list.length === 1 && list[0] === ORGANIZATION_ACCOUNTS
      ? `one of the organization's ${words.organizationAccountCount} accounts`
      : either(list.map((id) => accountWords(id, words)));
  if (positive && sameKey(key, 'aws:PrincipalOrgID')) return `the principal is in organization ${either(values)}`;
  if (positive && sameKey(key, 'aws:PrincipalAccount')) return `the principal is in ${accounts(values)}`;
  if (positive && sameKey(key, 'kms:CallerAccount')) return `the caller is in ${accounts(values)}`;
  if (positive && sameKey(key, 'kms:ViaService')) return `the request comes through ${either(values.map((s) => serviceWords(s, words)))}`;
  if (positive && sameKey(key, 'aws:PrincipalArn')) return `the principal is ${either(values.map((a) => awsPrincipalWords(a, words)))}`;
  if (positive && sameKey(key, 'aws:SourceAccount')) return `the service acts for a resource in ${accounts(values)}${ifExists}`;
  if (positive && sameKey(key, 'aws:SourceOrgID')) return `the service acts for a resource in organization ${either(values)}${ifExists}`;
  if (positive && sameKey(key, 'kms:GrantIsForAWSResource') && values.every((v) => v === 'true')) {
    return 'the grant is for an AWS resource (a service creates it for you)';
  }
  if (positive && sameKey(key, 'kms:EncryptionContext:aws:logs:arn')) {
    return `the data belongs to ${either(values.map((v) => logGroupWords(v, words)))}`;
  }
  return `${operator} ${key} = ${values.join(', ')}`;
}

/** `arn:aws:logs:{region}:{account}:log-group:*` → "a log group of this account in this Region". */
function logGroupWords(arn: string, words: WordContext): string {
  const match = /^arn:[^:]+:logs:([^:]+):([^:]+):log-group:\*$/.exec(arn);
  return match === null ? `log group ${arn}` : `a log group of ${accountWords(match[2], words)} in ${regionWords(match[1], words)}`;
}
