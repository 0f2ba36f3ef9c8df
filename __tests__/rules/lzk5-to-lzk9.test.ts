/** Each rule: a compliant case from the catalog and non-compliant cases that break it. */
import { CONFUSED_DEPUTY_GUARDS, renderedKey } from '../../modules/rules';
import { LZK5_SERVICE_CONFUSED_DEPUTY as LZK5 } from '../../modules/rules/lzk5-service-confused-deputy';
import { LZK6_ROTATION_ENABLED as LZK6 } from '../../modules/rules/lzk6-rotation-enabled';
import { LZK7_DELETION_WINDOW as LZK7 } from '../../modules/rules/lzk7-deletion-window';
import { LZK8_PREVENT_DESTROY as LZK8 } from '../../modules/rules/lzk8-prevent-destroy';
import { KMS_KEY_POLICY_MAX_BYTES, LZK9_POLICY_SIZE as LZK9 } from '../../modules/rules/lzk9-policy-size';
import { KEY_PURPOSES } from '../../modules/plan';
import {
  allStatementsModel,
  bySid,
  findings,
  exampleModel,
  plannedKey,
  rendered,
  renderedAttributes,
  withAccounts,
  withStatements,
  withoutOrganization,
} from './rule-fixtures';

describe('LZK5 service principals carry their confused-deputy condition', () => {
  it('has a row for every purpose of the catalog', () => {
    expect(Object.keys(CONFUSED_DEPUTY_GUARDS).sort()).toEqual([...KEY_PURPOSES].sort());
  });

  it.each(['cloudwatch', 's3', 'installer', 'management', 'central_logs', 'accelerator', 'audit_s3', 'sns'] as const)(
    'is compliant for the catalog %s policy, with and without an organization',
    (purpose) => {
      expect(LZK5.check(rendered(plannedKey(purpose, allStatementsModel())))).toEqual({ status: 'compliant' });
      expect(LZK5.check(rendered(plannedKey(purpose, withoutOrganization(allStatementsModel()))))).toEqual({ status: 'compliant' });
    },
  );

  it('finds log delivery without aws:SourceAccount', () => {
    const key = withStatements('s3', (statements) => {
      delete bySid(statements, 'LogDelivery').Condition;
      return statements;
    });
    expect(findings(LZK5, key)).toEqual([
      'statement "LogDelivery" allows service delivery.logs.amazonaws.com without StringEquals aws:SourceAccount = 100000000001',
    ]);
  });

  it('finds a source account that is not this account', () => {
    const key = withStatements('sns', (statements) => {
      bySid(statements, 'NotificationServices').Condition = { StringEqualsIfExists: { 'aws:SourceAccount': '100000000004' } };
      return statements;
    });
    expect(findings(LZK5, key)).toHaveLength(3);
  });

  it('finds CloudWatch Logs for another account\'s log groups', () => {
    const key = withStatements('cloudwatch', (statements) => {
      bySid(statements, 'CloudWatchLogs').Condition = {
        ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:eu-west-1:*:log-group:*' },
      };
      return statements;
    });
    expect(findings(LZK5, key)).toEqual([
      'statement "CloudWatchLogs" allows service logs.eu-west-1.amazonaws.com without ArnLike ' +
        'kms:EncryptionContext:aws:logs:arn = arn:aws:logs:eu-west-1:100000000001:log-group:*',
    ]);
  });

  it('finds organization log delivery scoped to another organization, and without one to an outside account', () => {
    const withOrg = withStatements('central_logs', (statements) => {
      bySid(statements, 'OrganizationLogDelivery').Condition = { StringEquals: { 'aws:SourceOrgID': 'o-otherorg123' } };
      return statements;
    });
    expect(findings(LZK5, withOrg)).toHaveLength(4);
    const withoutOrg = withStatements('central_logs', (statements) => {
      bySid(statements, 'OrganizationLogDelivery').Condition = { StringEquals: { 'aws:SourceAccount': ['100000000001', '999999999999'] } };
      return statements;
    }, withoutOrganization(exampleModel()));
    expect(findings(LZK5, withoutOrg)[0]).toBe(
      'statement "OrganizationLogDelivery" allows service config.amazonaws.com without StringEquals aws:SourceAccount = the organization\'s account ids',
    );
  });

  it('finds a service the catalog does not name for the purpose', () => {
    const key = withStatements('s3', (statements) => [
      ...statements,
      { Sid: 'StepFunctions', Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'kms:Decrypt', Resource: '*' },
    ]);
    expect(findings(LZK5, key)).toEqual([
      'statement "StepFunctions" allows service states.amazonaws.com, which the key catalog does not name for s3 keys ' +
        '(it names delivery.logs), so no confused-deputy condition is known for it',
    ]);
  });

  it('is not applicable to a key that is not a catalog purpose', () => {
    const key = rendered(plannedKey('s3'));
    expect(LZK5.check({ ...key, name: 'custom', address: 'aws_kms_key.custom' })).toEqual({ status: 'not-applicable' });
  });
});

describe('LZK6, LZK7, LZK8: rotation, deletion window, prevent_destroy', () => {
  const key = plannedKey('lambda');
  const base = renderedAttributes(key.plan);

  it('are compliant for what RetainedKey renders', () => {
    for (const rule of [LZK6, LZK7, LZK8]) expect(rule.check(rendered(key))).toEqual({ status: 'compliant' });
  });

  it('LZK6 finds rotation off', () => {
    expect(findings(LZK6, rendered(key, { ...base, enable_key_rotation: false }))).toEqual(['enable_key_rotation is false, not true']);
  });

  it('LZK7 finds a shorter window, and a missing one', () => {
    expect(findings(LZK7, rendered(key, { ...base, deletion_window_in_days: 7 }))).toEqual(['deletion_window_in_days is 7, not 30']);
    const { deletion_window_in_days: _dropped, ...withoutWindow } = base;
    expect(findings(LZK7, rendered(key, withoutWindow))).toEqual(['deletion_window_in_days is unset, not 30']);
  });

  it('LZK8 finds prevent_destroy off, and no lifecycle', () => {
    expect(findings(LZK8, rendered(key, { ...base, lifecycle: { prevent_destroy: false } }))).toEqual([
      'lifecycle.prevent_destroy is false, not true',
    ]);
    const { lifecycle: _dropped, ...withoutLifecycle } = base;
    expect(findings(LZK8, rendered(key, withoutLifecycle))).toEqual(['lifecycle.prevent_destroy is unset, not true']);
  });
});

describe('LZK9 policy within the 32 KB limit', () => {
  it('is compliant for the example organization', () => {
    expect(LZK9.check(rendered(plannedKey('central_logs')))).toEqual({ status: 'compliant' });
  });

  it('finds the central_logs policy of a 1,200-account organization without an organization id', () => {
    // GIVEN 1,200 accounts and organization-config.yaml enable: false
    const key = rendered(plannedKey('central_logs', withAccounts(withoutOrganization(exampleModel()), 1200)));
    // THEN the account list, written twice, outgrows KMS's limit
    const size = key.policy.kind === 'ok' ? Buffer.byteLength(key.policy.text, 'utf8') : 0;
    expect(size).toBeGreaterThan(KMS_KEY_POLICY_MAX_BYTES);
    expect(findings(LZK9, key)).toEqual([`the policy holds ${size} bytes, over KMS's limit of 32768`]);
  });

  it('is not applicable when the policy is not literal', () => {
    const key = plannedKey('lambda');
    const facts = rendered(key);
    expect(LZK9.check(renderedKey(facts, 'lambda', { policy: '${data.x.json}' }))).toEqual({ status: 'not-applicable' });
  });
});
