import { KEY_PURPOSES, planStacks, type KeyPlan, type PolicyStatement } from '../../modules/plan';
import { orgModel } from '../helpers/model';

/** A model where every purpose exists somewhere, with every conditional statement on. */
const everything = orgModel({
  enabledRegions: ['eu-west-1', 'il-central-1'],
  controlTowerEnabled: true,
  sessionManager: { enabled: true, excludeAccounts: [], excludeRegions: [] },
  ebsDefaultEncryption: { createKey: true, excludeRegions: [] },
  backupPolicies: true,
  snsTopics: true,
  securityServices: { macie: true, guardDuty: true, auditManager: true },
});
const allKeys: KeyPlan[] = planStacks(everything).flatMap((s) => s.keys);
const keyOf = (purpose: string, region = 'eu-west-1'): KeyPlan => {
  const stack = planStacks(everything).find((s) => s.region === region && s.keys.some((k) => k.purpose === purpose));
  const key = stack?.keys.find((k) => k.purpose === purpose);
  if (!key) throw new Error(`no ${purpose} key in ${region}`);
  return key;
};
const statement = (key: KeyPlan, sid: string): PolicyStatement | undefined => key.policy.Statement.find((s) => s.Sid === sid);

/** Condition keys that scope principal `*` to the organization, the account or one service. */
const SCOPING_KEYS = ['aws:PrincipalOrgID', 'aws:PrincipalAccount', 'kms:CallerAccount', 'kms:ViaService'];

/** A principal ARN pattern naming one concrete account scopes to that account. */
const scopesByPrincipalArn = (s: PolicyStatement): boolean =>
  [s.Condition?.ArnLike?.['aws:PrincipalArn'], s.Condition?.ArnEquals?.['aws:PrincipalArn']]
    .flat()
    .some((arn) => typeof arn === 'string' && /^arn:[\w-]+:iam::\d{12}:/.test(arn));

const isScoped = (s: PolicyStatement): boolean =>
  scopesByPrincipalArn(s) || Object.values(s.Condition ?? {}).some((block) => Object.keys(block ?? {}).some((k) => SCOPING_KEYS.includes(k)));

describe('key policies', () => {
  it('covers every purpose of the catalog', () => {
    expect(new Set(allKeys.map((k) => k.purpose))).toEqual(new Set(KEY_PURPOSES));
  });

  it('start with the account root statement, kms:* on *', () => {
    for (const key of allKeys) {
      const accountId = /keys-(\d{12})-/.exec(String(key.tags.find((t) => t.key === 'accelerator:stack')?.value))?.[1];
      expect(key.policy.Statement[0]).toEqual({
        Sid: 'KeyAdministration',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
      });
    }
  });

  it('never allow principal * without a condition scoping it to the organization, the account or a service', () => {
    const open = allKeys.flatMap((key) =>
      key.policy.Statement.filter((s) => 'AWS' in s.Principal && s.Principal.AWS === '*')
        .filter((s) => !isScoped(s))
        .map((s) => `${key.purpose}/${s.Sid}`),
    );
    expect(open).toEqual([]);
  });

  it('give kms:* to nobody but the account root', () => {
    const wide = allKeys.flatMap((key) => key.policy.Statement.slice(1).filter((s) => [s.Action].flat().includes('kms:*')));
    expect(wide).toEqual([]);
  });

  it('keep Sids unique within each policy', () => {
    for (const key of allKeys) {
      const sids = key.policy.Statement.map((s) => s.Sid);
      expect(new Set(sids).size).toBe(sids.length);
    }
  });

  it('ebs: names the Auto Scaling role in a condition, so the policy is valid before the role exists', () => {
    const role = statement(keyOf('ebs'), 'AutoScalingServiceRole');
    expect(role?.Principal).toEqual({ AWS: '*' });
    expect(role?.Condition).toEqual({
      ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111111111111:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling' },
      StringEquals: { 'kms:CallerAccount': '111111111111' },
    });
    expect(statement(keyOf('ebs'), 'AutoScalingServiceRoleGrants')?.Condition?.Bool).toEqual({ 'kms:GrantIsForAWSResource': 'true' });
    expect(statement(keyOf('ebs'), 'EbsViaEc2')?.Condition?.StringEquals).toEqual({
      'kms:CallerAccount': '111111111111',
      'kms:ViaService': 'ec2.eu-west-1.amazonaws.com',
    });
  });

  it('cloudwatch: limits CloudWatch Logs to this account\'s log groups of this Region', () => {
    expect(statement(keyOf('cloudwatch'), 'CloudWatchLogs')).toMatchObject({
      Principal: { Service: 'logs.eu-west-1.amazonaws.com' },
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:eu-west-1:111111111111:log-group:*' } },
    });
  });

  it('central_logs: adds Regional security service principals in enabled opt-in Regions only', () => {
    expect(statement(keyOf('central_logs'), 'Macie')?.Principal).toEqual({ Service: ['macie.amazonaws.com', 'macie.il-central-1.amazonaws.com'] });
    expect(statement(keyOf('central_logs'), 'GuardDuty')?.Principal).toEqual({ Service: ['guardduty.amazonaws.com', 'guardduty.il-central-1.amazonaws.com'] });
    expect(statement(keyOf('central_logs'), 'AuditManager')?.Principal).toEqual({ Service: 'auditmanager.amazonaws.com' });
    expect(statement(keyOf('central_logs'), 'OrganizationLogDelivery')?.Condition).toEqual({ StringEquals: { 'aws:SourceOrgID': 'o-test123456' } });
  });

  it('management: lets the Audit account use the key only with Control Tower', () => {
    expect(statement(keyOf('management'), 'ControlTowerAudit')?.Principal).toEqual({ AWS: 'arn:aws:iam::333333333333:root' });
    const withoutControlTower = planStacks(orgModel()).flatMap((s) => s.keys).find((k) => k.purpose === 'management');
    expect(withoutControlTower && statement(withoutControlTower, 'ControlTowerAudit')).toBeUndefined();
  });

  it('accelerator and audit_s3: Audit Manager statements only when Audit Manager is enabled', () => {
    expect(statement(keyOf('accelerator'), 'AuditManagerGrants')?.Condition).toEqual({
      StringEquals: { 'aws:PrincipalOrgID': 'o-test123456' },
      StringLike: { 'kms:ViaService': 'auditmanager.*.amazonaws.com' },
      Bool: { 'kms:GrantIsForAWSResource': 'true' },
    });
    const plain = planStacks(orgModel()).flatMap((s) => s.keys);
    for (const purpose of ['accelerator', 'audit_s3']) {
      const key = plain.find((k) => k.purpose === purpose);
      expect(key?.policy.Statement.map((s) => s.Sid)).not.toContain('AuditManagerGrants');
    }
  });

  it('without an organization, scope "in the organization" to the list of account ids, as LZA does', () => {
    const keys = planStacks(orgModel({ organizationEnabled: false, organizationId: undefined })).flatMap((s) => s.keys);
    const ids = ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555'];
    const s3 = keys.find((k) => k.purpose === 's3');
    expect(s3 && statement(s3, 'S3ViaService')?.Condition?.StringEquals).toEqual({ 'kms:ViaService': 's3.eu-west-1.amazonaws.com', 'aws:PrincipalAccount': ids });
    const central = keys.find((k) => k.purpose === 'central_logs');
    expect(central && statement(central, 'OrganizationLogDelivery')?.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ids } });
    expect(JSON.stringify(keys.map((k) => k.policy))).not.toContain('PrincipalOrgID');
  });
});
