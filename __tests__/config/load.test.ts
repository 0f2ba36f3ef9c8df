import { loadOrgModel } from '../../modules/config';
import { EXAMPLE_CONFIG, lzaConfig } from '../helpers/fixtures';

describe('loadOrgModel on real LZA configuration sets', () => {
  it('reads all-enabled as it is: accounts with ids, nested OUs, Regions and switches', () => {
    const model = loadOrgModel(lzaConfig('all-enabled'));

    expect(model.accounts.map((a) => [a.name, a.id, a.type, a.organizationalUnit])).toEqual([
      ['Management', '111111111111', 'management', 'Root'],
      ['LogArchive', '333333333333', 'logArchive', 'Security'],
      ['Audit', '222222222222', 'audit', 'Security'],
      ['SharedServices', '444444444444', 'workload', 'Infrastructure'],
      ['Network', '555555555555', 'workload', 'Infrastructure'],
      ['GovCloudWorkloadAccount01', '666666666666', 'workload', 'GovCloud'],
    ]);
    expect(model.homeRegion).toBe('us-east-1');
    expect(model.enabledRegions).toEqual(['us-east-1', 'us-west-2']);
    expect(model.centralizedLoggingRegion).toBe('us-west-2');
    expect(model.switches.lambda).toEqual({
      enabled: true,
      targets: { accounts: ['Management', 'Network'], organizationalUnits: ['Security'], excludedAccounts: [], excludedRegions: ['us-west-2'] },
    });
    expect(model.ebsDefaultEncryption.createKey).toBe(true);
    expect(model.backupPolicies).toBe(true);
    expect(model.backupVaults.map((v) => v.name)).toEqual(['BackupVault', 'InfrastructureVault']);
    expect(model.snsTopics).toBe(true);
    expect(model.securityServices).toEqual({ macie: true, guardDuty: true, auditManager: true });
    expect(model.controlTowerEnabled).toBe(true);
    expect(model.tags).toEqual([
      { key: 'Environment', value: 'Dev' },
      { key: 'ResourceOwner', value: 'AcmeApp' },
    ]);
  });

  it('resolves replacements: String, [{{List}}], {{account Name}}, and SSM lookups as tag templates', () => {
    const model = loadOrgModel(lzaConfig('replacements'));

    expect(model.homeRegion).toBe('us-east-1');
    expect(model.enabledRegions).toEqual(['us-east-1', 'us-west-2', 'ca-central-1']);
    expect(model.switches.lambda?.targets?.excludedRegions).toEqual(['us-west-2', 'ca-central-1']);
    expect(model.tags).toEqual([
      { key: 'Environment', value: 'Dev' },
      { key: 'ReplacementTwo', value: 'TagReplacementValue' },
      { key: 'MgmtAccount', value: '111111111111' },
      { key: 'DynamicLookup', value: { template: [{ ssmParameter: '/accelerator/lza-prefix' }] } },
      { key: 'ssm-replacement', value: { template: [{ ssmParameter: '/accelerator/myparam' }] } },
      { key: 'AllRegions', value: 'us-east-1,us-west-2,ca-central-1' },
    ]);
  });

  it('reads the example organization with its defaults', () => {
    const model = loadOrgModel(EXAMPLE_CONFIG);

    expect(model.prefix).toBe('AWSAccelerator');
    expect(model.partition).toBe('aws');
    expect(model.organizationId).toBe('o-exampleorg1');
    expect(model.accounts).toHaveLength(6);
    expect(model.enabledRegions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(model.switches).toEqual({});
    expect(model.backend).toEqual({ type: 'local' });
  });

  it('does not deploy to workload accounts of an OU that LZA ignores', () => {
    // GIVEN the Network account moved to an ignored OU
    const dir = lzaConfig('all-enabled', {
      edits: {
        'accounts-config.yaml': [['email: all-enabled-network@example.com\n    organizationalUnit: Infrastructure', 'email: all-enabled-network@example.com\n    organizationalUnit: Suspended']],
      },
    });
    // WHEN it loads THEN the account is not among the deployed accounts
    expect(loadOrgModel(dir).accounts.map((a) => a.name)).not.toContain('Network');
  });

  it('accepts a missing organizationId when the organization is not enabled', () => {
    const dir = lzaConfig('all-enabled', {
      terraformConfig: 'prefix: Acme\n',
      edits: { 'organization-config.yaml': [[/^enable: true$/m, 'enable: false']] },
    });
    const model = loadOrgModel(dir);
    expect(model.organizationEnabled).toBe(false);
    expect(model.organizationId).toBeUndefined();
    expect(model.prefix).toBe('Acme');
  });
});
