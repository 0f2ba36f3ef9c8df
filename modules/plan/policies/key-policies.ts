/** One policy per key purpose, composed from the named statements; see the catalog's policy table. */
import type { KeyPurpose } from '../types';
import { DECRYPT_AND_GENERATE_ACTIONS, STD_ACTIONS } from './actions';
import { policyDocument, type PolicyDocument, type PolicyStatement } from './policy-document';
import type { PolicyContext } from './policy-context';
import * as s from './statements';

type StatementsOf = (ctx: PolicyContext) => ReadonlyArray<PolicyStatement | false>;

const POLICY_STATEMENTS: Readonly<Record<KeyPurpose, StatementsOf>> = {
  cloudwatch: (ctx) => [s.cloudWatchLogsFull(ctx), s.eventBridgeForThisAccount(ctx)],
  s3: (ctx) => [s.s3ViaServiceInOrganization(ctx), s.logDeliveryForThisAccount(ctx)],
  lambda: () => [],
  session_manager: () => [],
  ebs: (ctx) => [s.autoScalingServiceRole(ctx), s.autoScalingServiceRoleGrants(ctx), s.ebsViaEc2(ctx)],
  installer: (ctx) => [
    s.acceleratorRolesOfThisAccount(ctx),
    s.servicesStandardUse('SnsAndEventBridge', 'sns', 'events'),
    s.cloudWatchLogs(ctx, STD_ACTIONS),
  ],
  management: (ctx) => [
    s.acceleratorRolesOfThisAccount(ctx),
    s.cloudWatchLogsFull(ctx),
    s.snsPublish(),
    ctx.controlTowerEnabled && s.controlTowerAuditAccount(ctx),
  ],
  backup: () => [],
  central_logs: (ctx) => [
    s.s3ServiceForCentralLogs(),
    s.organizationLogDelivery(ctx),
    s.organizationLogReaders(ctx),
    ctx.securityServices.macie && s.securityService(ctx, 'Macie', 'macie', true),
    ctx.securityServices.guardDuty && s.securityService(ctx, 'GuardDuty', 'guardduty', true),
    ctx.securityServices.auditManager && s.securityService(ctx, 'AuditManager', 'auditmanager', false),
  ],
  log_replication: () => [],
  accelerator: (ctx) => [
    s.organizationParameterReads(ctx),
    s.acceleratorRolesOfOrganization(ctx),
    s.cloudWatchLogsFull(ctx, '*'),
    s.servicesStandardUse('AccountServices', 'sns', 'lambda', 'cloudwatch', 'sqs'),
    ctx.securityServices.auditManager && s.auditManagerGrants(ctx),
  ],
  audit_s3: (ctx) => [
    s.s3ViaServiceInOrganization(ctx),
    s.organizationDecryptAndGenerate(ctx, 'OrganizationReadWrite', ['kms:Decrypt', 'kms:GenerateDataKey']),
    s.cloudTrailOfOrganization(ctx),
    ctx.securityServices.auditManager && s.securityService(ctx, 'AuditManager', 'auditmanager', false),
    ctx.securityServices.auditManager && s.auditManagerGrants(ctx),
  ],
  sns: (ctx) => [
    s.acceleratorRolesOfOrganization(ctx),
    s.notificationServices(ctx),
    s.organizationDecryptAndGenerate(ctx, 'OrganizationSubscribers', DECRYPT_AND_GENERATE_ACTIONS),
  ],
};

export function keyPolicy(purpose: KeyPurpose, ctx: PolicyContext): PolicyDocument {
  return policyDocument([s.keyAdministration(ctx), ...POLICY_STATEMENTS[purpose](ctx)]);
}
