/**
 * Named statement builders, in the manner of terraform-aws-kms: each returns one statement with
 * a stable Sid that says the role it plays. Key policies are compositions of these.
 */
import {
  ALL_ACTIONS,
  CENTRAL_LOGS_S3_ACTIONS,
  DECRYPT_AND_GENERATE_ACTIONS,
  DELIVERY_ACTIONS,
  EBS_SERVICE_ROLE_ACTIONS,
  EBS_VIA_EC2_ACTIONS,
  LOGS_ACTIONS,
  S3_VIA_SERVICE_ACTIONS,
  STD_ACTIONS,
} from './actions';
import {
  GRANT_FOR_AWS_RESOURCE,
  acceleratorRole,
  callerIsThisAccount,
  inOrganization,
  logGroupsOf,
  sourceInOrganization,
  sourceIsThisAccount,
  sourceIsThisAccountIfPresent,
  viaService,
} from './conditions';
import { allOf, type ConditionBlock, type PolicyStatement, type Principal } from './policy-document';
import type { PolicyContext } from './policy-context';
import { ANY_PRINCIPAL, accountRoot, autoScalingServiceRoleArn, regionalService, service } from './principals';

function allow(
  Sid: string,
  Principal: Principal,
  Action: string | readonly string[],
  Condition?: ConditionBlock,
): PolicyStatement {
  return { Sid, Effect: 'Allow', Principal, Action, Resource: '*', ...(Condition ? { Condition } : {}) };
}

/** First statement of every policy: the account root may do everything, so the key stays manageable. */
export const keyAdministration = (ctx: PolicyContext) =>
  allow('KeyAdministration', accountRoot(ctx, ctx.accountId), ALL_ACTIONS);

/** CloudWatch Logs of this Region, for log groups of `account` (`*`: any account). */
export const cloudWatchLogs = (ctx: PolicyContext, actions: readonly string[], account = ctx.accountId) =>
  allow('CloudWatchLogs', regionalService(ctx, 'logs'), actions, logGroupsOf(ctx, account));

export const cloudWatchLogsFull = (ctx: PolicyContext, account?: string) => cloudWatchLogs(ctx, LOGS_ACTIONS, account);

export const eventBridgeForThisAccount = (ctx: PolicyContext) =>
  allow('EventBridge', service('events'), ['kms:GenerateDataKey', 'kms:Decrypt'], sourceIsThisAccountIfPresent(ctx));

/** Any principal of the organization, but only through S3 in this Region (SSE-KMS buckets). */
export const s3ViaServiceInOrganization = (ctx: PolicyContext) =>
  allow('S3ViaService', ANY_PRINCIPAL, S3_VIA_SERVICE_ACTIONS, allOf(viaService(`s3.${ctx.region}.amazonaws.com`), inOrganization(ctx)));

export const logDeliveryForThisAccount = (ctx: PolicyContext) =>
  allow('LogDelivery', service('delivery.logs'), DELIVERY_ACTIONS, sourceIsThisAccount(ctx));

/** The Auto Scaling service-linked role, named in a condition so the policy is valid before the role exists. */
const autoScalingRole = (ctx: PolicyContext): ConditionBlock =>
  allOf({ ArnEquals: { 'aws:PrincipalArn': autoScalingServiceRoleArn(ctx) } }, callerIsThisAccount(ctx));

export const autoScalingServiceRole = (ctx: PolicyContext) =>
  allow('AutoScalingServiceRole', ANY_PRINCIPAL, EBS_SERVICE_ROLE_ACTIONS, autoScalingRole(ctx));

export const autoScalingServiceRoleGrants = (ctx: PolicyContext) =>
  allow('AutoScalingServiceRoleGrants', ANY_PRINCIPAL, 'kms:CreateGrant', allOf(autoScalingRole(ctx), GRANT_FOR_AWS_RESOURCE));

/** The shape of AWS's own aws/ebs key policy: this account's principals, through EC2 of this Region. */
export const ebsViaEc2 = (ctx: PolicyContext) =>
  allow('EbsViaEc2', ANY_PRINCIPAL, EBS_VIA_EC2_ACTIONS, allOf(callerIsThisAccount(ctx), viaService(`ec2.${ctx.region}.amazonaws.com`)));

export const acceleratorRolesOfThisAccount = (ctx: PolicyContext) =>
  allow('AcceleratorRoles', ANY_PRINCIPAL, STD_ACTIONS, acceleratorRole(ctx, ctx.accountId));

export const acceleratorRolesOfOrganization = (ctx: PolicyContext) =>
  allow('OrganizationAcceleratorRoles', ANY_PRINCIPAL, STD_ACTIONS, allOf(inOrganization(ctx), acceleratorRole(ctx, '*')));

export const servicesStandardUse = (sid: string, ...names: readonly string[]) =>
  allow(sid, service(...names), STD_ACTIONS);

export const snsPublish = () => allow('SnsPublish', service('sns'), ['kms:GenerateDataKey', 'kms:Encrypt']);

export const controlTowerAuditAccount = (ctx: PolicyContext) =>
  allow('ControlTowerAudit', accountRoot(ctx, ctx.auditAccountId), [
    'kms:GenerateDataKey',
    'kms:Encrypt',
    'kms:Decrypt',
    'kms:DescribeKey',
  ]);

export const s3ServiceForCentralLogs = () => allow('S3Service', service('s3'), CENTRAL_LOGS_S3_ACTIONS);

export const organizationLogDelivery = (ctx: PolicyContext) =>
  allow('OrganizationLogDelivery', service('config', 'cloudtrail', 'delivery.logs', 'ssm'), DELIVERY_ACTIONS, sourceInOrganization(ctx));

export const organizationLogReaders = (ctx: PolicyContext) =>
  allow('OrganizationPrincipals', ANY_PRINCIPAL, [...DELIVERY_ACTIONS, 'kms:ListAliases'], inOrganization(ctx));

/** A security service writing findings to central logs: its global principal, plus Regional ones in opt-in Regions. */
export const securityService = (ctx: PolicyContext, sid: string, name: string, regional: boolean) => {
  const principals = [
    `${name}.amazonaws.com`,
    ...(regional ? ctx.enabledOptInRegions.map((region) => `${name}.${region}.amazonaws.com`) : []),
  ];
  return allow(sid, { Service: principals.length === 1 ? principals[0] : principals }, STD_ACTIONS);
};

export const organizationParameterReads = (ctx: PolicyContext) =>
  allow(
    'OrganizationParameterReads',
    ANY_PRINCIPAL,
    ['kms:Decrypt', 'kms:DescribeKey'],
    allOf(inOrganization(ctx), viaService(`ssm.${ctx.region}.amazonaws.com`)),
  );

export const auditManagerGrants = (ctx: PolicyContext) =>
  allow(
    'AuditManagerGrants',
    ANY_PRINCIPAL,
    'kms:CreateGrant',
    allOf(inOrganization(ctx), { StringLike: { 'kms:ViaService': 'auditmanager.*.amazonaws.com' } }, GRANT_FOR_AWS_RESOURCE),
  );

export const organizationDecryptAndGenerate = (ctx: PolicyContext, sid: string, actions: readonly string[]) =>
  allow(sid, ANY_PRINCIPAL, actions, inOrganization(ctx));

export const cloudTrailOfOrganization = (ctx: PolicyContext) =>
  allow('CloudTrail', service('cloudtrail'), STD_ACTIONS, sourceInOrganization(ctx));

export const notificationServices = (ctx: PolicyContext) =>
  allow('NotificationServices', service('cloudwatch', 'events', 'lambda'), DECRYPT_AND_GENERATE_ACTIONS, sourceIsThisAccountIfPresent(ctx));

