import type { KeySwitch } from '../../modules/config/model';
import { planStacks, type KeyPurpose, type StackPlan } from '../../modules/plan';
import { orgModel, targets } from '../helpers/model';

/** `{ stack name: purposes }` of a plan. */
function keysOf(stacks: readonly StackPlan[]): Record<string, KeyPurpose[]> {
  return Object.fromEntries(stacks.map((s) => [s.name, s.keys.map((k) => k.purpose)]));
}

describe('planStacks: keys per account type', () => {
  it('gives each account type its keys, mandatory keys in their Regions only', () => {
    expect(keysOf(planStacks(orgModel()))).toEqual({
      'keys-111111111111-eu-west-1': ['cloudwatch', 's3', 'lambda', 'installer', 'management'],
      'keys-111111111111-eu-central-1': ['cloudwatch', 's3', 'lambda'],
      'keys-222222222222-eu-west-1': ['cloudwatch', 's3', 'lambda', 'central_logs', 'log_replication'],
      'keys-222222222222-eu-central-1': ['cloudwatch', 's3', 'lambda', 'log_replication'],
      'keys-333333333333-eu-west-1': ['cloudwatch', 'lambda', 'accelerator', 'audit_s3'],
      'keys-333333333333-eu-central-1': ['cloudwatch', 'lambda', 'accelerator', 'audit_s3'],
      'keys-444444444444-eu-west-1': ['cloudwatch', 's3', 'lambda'],
      'keys-444444444444-eu-central-1': ['cloudwatch', 's3', 'lambda'],
      'keys-555555555555-eu-west-1': ['cloudwatch', 's3', 'lambda'],
      'keys-555555555555-eu-central-1': ['cloudwatch', 's3', 'lambda'],
    });
  });

  it('puts central_logs in the centralized logging Region and drops log_replication when CloudWatch Logs is off', () => {
    const keys = keysOf(planStacks(orgModel({ centralizedLoggingRegion: 'eu-central-1', cloudwatchLogsEnabled: false })));
    expect(keys['keys-222222222222-eu-west-1']).toEqual(['cloudwatch', 's3', 'lambda']);
    expect(keys['keys-222222222222-eu-central-1']).toEqual(['cloudwatch', 's3', 'lambda', 'central_logs']);
  });

  it('makes the sns key in Audit only when a topic or subscription exists', () => {
    expect(keysOf(planStacks(orgModel({ snsTopics: true })))['keys-333333333333-eu-central-1']).toContain('sns');
    expect(Object.values(keysOf(planStacks(orgModel()))).flat()).not.toContain('sns');
  });

  it('plans no stack for an account×Region without keys', () => {
    const off: KeySwitch = { enabled: false };
    const stacks = planStacks(orgModel({ switches: { cloudwatch: off, lambda: off, s3: off } }));
    expect(stacks.map((s) => s.name)).toEqual([
      'keys-111111111111-eu-west-1',
      'keys-222222222222-eu-west-1',
      'keys-222222222222-eu-central-1',
      'keys-333333333333-eu-west-1',
      'keys-333333333333-eu-central-1',
    ]);
  });
});

describe('planStacks: useCMK / createCMK switches', () => {
  const devOnly = targets({ accounts: ['Dev'], excludedRegions: ['eu-central-1'] });
  // [case, switch, does Dev in eu-west-1 get the key, does Prod in eu-west-1, does Dev in eu-central-1]
  const cases: Array<[string, KeySwitch | undefined, boolean, boolean, boolean]> = [
    ['block absent', undefined, true, true, true],
    ['on, no targets', { enabled: true }, true, true, true],
    ['off, no targets', { enabled: false }, false, false, false],
    ['on, targets Dev outside eu-central-1', { enabled: true, targets: devOnly }, true, false, false],
    ['off, targets Dev outside eu-central-1', { enabled: false, targets: devOnly }, false, true, true],
  ];
  describe.each(['cloudwatch', 'lambda', 's3'] as const)('%s', (purpose) => {
    it.each(cases)('%s', (_case, keySwitch, devWest, prodWest, devCentral) => {
      const keys = keysOf(planStacks(orgModel({ switches: keySwitch ? { [purpose]: keySwitch } : {} })));
      const has = (stack: string) => (keys[stack] ?? []).includes(purpose);
      expect([has('keys-444444444444-eu-west-1'), has('keys-555555555555-eu-west-1'), has('keys-444444444444-eu-central-1')]).toEqual([
        devWest,
        prodWest,
        devCentral,
      ]);
    });
  });

  it('resolves OU targets through nesting: a parent OU covers its children', () => {
    const keys = keysOf(planStacks(orgModel({ switches: { lambda: { enabled: true, targets: targets({ organizationalUnits: ['Workloads'] }) } } })));
    expect(keys['keys-444444444444-eu-west-1']).toContain('lambda');
    expect(keys['keys-555555555555-eu-west-1']).toContain('lambda');
    expect(keys['keys-111111111111-eu-west-1']).not.toContain('lambda');
  });

  it('lets excludedAccounts win over an including OU', () => {
    const keys = keysOf(planStacks(orgModel({ switches: { lambda: { enabled: true, targets: targets({ organizationalUnits: ['Root'], excludedAccounts: ['Prod'] }) } } })));
    expect(keys['keys-444444444444-eu-west-1']).toContain('lambda');
    expect(keys['keys-555555555555-eu-west-1']).not.toContain('lambda');
  });

  it('uses the s3 switch for audit_s3, which takes the place of s3 in Audit', () => {
    const keys = keysOf(planStacks(orgModel({ switches: { s3: { enabled: true, targets: targets({ accounts: ['Audit'], excludedRegions: ['eu-central-1'] }) } } })));
    expect(keys['keys-333333333333-eu-west-1']).toContain('audit_s3');
    expect(keys['keys-333333333333-eu-west-1']).not.toContain('s3');
    expect(keys['keys-333333333333-eu-central-1']).not.toContain('audit_s3');
  });
});

describe('planStacks: session manager, EBS and backup keys with their consumers', () => {
  it('session_manager: every account and Region but the excluded ones, with the preferences document', () => {
    const stacks = planStacks(orgModel({ sessionManager: { enabled: true, excludeAccounts: ['Prod'], excludeRegions: ['eu-central-1'] } }));
    const withKey = stacks.filter((s) => s.keys.some((k) => k.purpose === 'session_manager'));
    expect(withKey.map((s) => s.name)).toEqual([
      'keys-111111111111-eu-west-1',
      'keys-222222222222-eu-west-1',
      'keys-333333333333-eu-west-1',
      'keys-444444444444-eu-west-1',
    ]);
    expect(withKey.every((s) => s.consumers.some((c) => c.kind === 'session-manager-preferences'))).toBe(true);
  });

  it('ebs: the targeted accounts outside excludeRegions, wired as the EBS default key', () => {
    const stacks = planStacks(
      orgModel({ ebsDefaultEncryption: { createKey: true, targets: targets({ organizationalUnits: ['Workloads'] }), excludeRegions: ['eu-central-1'] } }),
    );
    const withKey = stacks.filter((s) => s.keys.some((k) => k.purpose === 'ebs'));
    expect(withKey.map((s) => s.name)).toEqual(['keys-444444444444-eu-west-1', 'keys-555555555555-eu-west-1']);
    expect(withKey[0].consumers).toEqual([{ kind: 'ebs-default-encryption', purpose: 'ebs' }]);
  });

  it('ebs: no key when the configuration names its own key set', () => {
    const stacks = planStacks(orgModel({ ebsDefaultEncryption: { createKey: false, excludeRegions: [] } }));
    expect(stacks.flatMap((s) => s.keys).some((k) => k.purpose === 'ebs')).toBe(false);
  });

  it('backup: Management in every Region when backup policies exist; others where a vault targets them', () => {
    const stacks = planStacks(
      orgModel({ backupPolicies: true, backupVaults: [{ name: 'Vault', targets: targets({ accounts: ['Dev'], excludedRegions: ['eu-central-1'] }) }] }),
    );
    const withKey = stacks.filter((s) => s.keys.some((k) => k.purpose === 'backup'));
    expect(withKey.map((s) => [s.name, s.consumers])).toEqual([
      ['keys-111111111111-eu-west-1', []],
      ['keys-111111111111-eu-central-1', []],
      ['keys-444444444444-eu-west-1', [{ kind: 'backup-vault', purpose: 'backup', vaultName: 'Vault' }]],
    ]);
  });
});

describe('planStacks: names, providers and tags', () => {
  it('assumes managementAccountAccessRole in member accounts and uses the deploying identity in Management', () => {
    const stacks = planStacks(orgModel());
    expect(stacks.find((s) => s.accountType === 'management')?.assumeRoleArn).toBeUndefined();
    expect(stacks.find((s) => s.accountType === 'audit')?.assumeRoleArn).toBe('arn:aws:iam::333333333333:role/AWSControlTowerExecution');
  });

  it('assumes the configured role in Management when one is set, in the configured partition', () => {
    const stacks = planStacks(orgModel({ managementAccountRoleName: 'LzKeysDeploy', partition: 'aws-us-gov', homeRegion: 'us-gov-west-1', enabledRegions: ['us-gov-west-1'], centralizedLoggingRegion: 'us-gov-west-1' }));
    expect(stacks[0].assumeRoleArn).toBe('arn:aws-us-gov:iam::111111111111:role/LzKeysDeploy');
  });

  it('maps the default prefix to alias/accelerator and /accelerator', () => {
    const key = planStacks(orgModel())[0].keys[0];
    expect([key.alias, key.parameterName]).toEqual(['alias/accelerator/kms/cloudwatch/key', '/accelerator/kms/cloudwatch/key-arn']);
  });

  it('uses any other prefix as it is', () => {
    const keys = planStacks(orgModel({ prefix: 'Acme' })).flatMap((s) => s.keys);
    const central = keys.find((k) => k.purpose === 'central_logs');
    expect([central?.alias, central?.parameterName]).toEqual(['alias/Acme/central-logs/s3', '/Acme/logging/central-bucket/kms/arn']);
    expect(keys.find((k) => k.purpose === 'accelerator')?.policy.Statement.find((s) => s.Sid === 'OrganizationAcceleratorRoles')?.Condition?.ArnLike).toEqual({
      'aws:PrincipalArn': 'arn:aws:iam::*:role/Acme-*',
    });
  });

  it('tags every key with the prefix, the global tags, its purpose and its stack', () => {
    const stack = planStacks(orgModel({ tags: [{ key: 'Environment', value: 'Prod' }] }))[0];
    expect(stack.keys[0].tags).toEqual([
      { key: 'Accelerator', value: 'AWSAccelerator' },
      { key: 'Environment', value: 'Prod' },
      { key: 'accelerator:key', value: 'cloudwatch' },
      { key: 'accelerator:stack', value: 'keys-111111111111-eu-west-1' },
    ]);
  });

  it('never puts an account name in a stack plan, so a rename changes nothing', () => {
    const renamed = orgModel({ accounts: orgModel().accounts.map((a) => (a.name === 'Dev' ? { ...a, name: 'Development' } : a)) });
    expect(planStacks(renamed)).toEqual(planStacks(orgModel()));
  });
});
