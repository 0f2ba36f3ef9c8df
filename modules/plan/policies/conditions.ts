/** Condition blocks of the key catalog (IN_ORG, ACCEL_ROLE, LOG_GROUPS, ...), one builder each. */
import { roleArn } from '../../iam/iam-names';
import type { ConditionBlock } from './policy-document';
import type { PolicyContext } from './policy-context';

/** IN_ORG: the calling principal belongs to the organization (or, without one, to its accounts). */
export function inOrganization(ctx: PolicyContext): ConditionBlock {
  return ctx.organization.kind === 'organization'
    ? { StringEquals: { 'aws:PrincipalOrgID': ctx.organization.organizationId } }
    : { StringEquals: { 'aws:PrincipalAccount': ctx.organization.accountIds } };
}

/** The service acts for a resource owned inside the organization (confused-deputy guard). */
export function sourceInOrganization(ctx: PolicyContext): ConditionBlock {
  return ctx.organization.kind === 'organization'
    ? { StringEquals: { 'aws:SourceOrgID': ctx.organization.organizationId } }
    : { StringEquals: { 'aws:SourceAccount': ctx.organization.accountIds } };
}

/** The service acts for a resource of this account (confused-deputy guard). */
export function sourceIsThisAccount(ctx: PolicyContext): ConditionBlock {
  return { StringEquals: { 'aws:SourceAccount': ctx.accountId } };
}

/** As sourceIsThisAccount, but services that do not send aws:SourceAccount still pass. */
export function sourceIsThisAccountIfPresent(ctx: PolicyContext): ConditionBlock {
  return { StringEqualsIfExists: { 'aws:SourceAccount': ctx.accountId } };
}

/** ACCEL_ROLE(account): the caller is one of the accelerator's roles (`<prefix>-*`). */
export function acceleratorRole(ctx: PolicyContext, account: string): ConditionBlock {
  return { ArnLike: { 'aws:PrincipalArn': roleArn(ctx.partition, account, `${ctx.prefix}-*`) } };
}

/** LOG_GROUPS(account): CloudWatch Logs encrypts for a log group of this Region. */
export function logGroupsOf(ctx: PolicyContext, account: string): ConditionBlock {
  return {
    ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${ctx.partition}:logs:${ctx.region}:${account}:log-group:*` },
  };
}

export function viaService(service: string): ConditionBlock {
  return { StringEquals: { 'kms:ViaService': service } };
}

export function callerIsThisAccount(ctx: PolicyContext): ConditionBlock {
  return { StringEquals: { 'kms:CallerAccount': ctx.accountId } };
}

export const GRANT_FOR_AWS_RESOURCE: ConditionBlock = { Bool: { 'kms:GrantIsForAWSResource': 'true' } };
