import { ConfigError, loadOrgModel } from '../../modules/config';
import { lzaConfig, type CopyOptions } from '../helpers/fixtures';

/** Loads an edited copy of all-enabled and returns the ConfigError's issue lines. */
function issuesOf(options: CopyOptions): string[] {
  const dir = lzaConfig('all-enabled', options);
  try {
    loadOrgModel(dir);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message.split('\n')[0]).toBe(`The configuration in ${dir} is not valid; nothing was synthesized.`);
    return error.message.split('\n').slice(1);
  }
  throw new Error('expected a ConfigError');
}

describe('configuration errors name the file, the field, the line and what was expected', () => {
  it('broken YAML', () => {
    expect(issuesOf({ edits: { 'global-config.yaml': [['managementAccountAccessRole: AWSControlTowerExecution', 'managementAccountAccessRole: [oops']] } })).toEqual([
      'global-config.yaml has 1 issue:',
      expect.stringMatching(/^ {2}- \(YAML syntax\) \(line \d+\): expected valid YAML \(.+\)$/),
    ]);
  });

  it('an unquoted or malformed account id', () => {
    expect(issuesOf({ edits: { 'accounts-config.yaml': [["accountId: '444444444444'", 'accountId: 044444444444']] } })).toEqual([
      'accounts-config.yaml has 1 issue:',
      "  - accountIds[3].accountId (line 40): found the number 44444444444; expected a 12-digit account id in quotes, such as '012345678901' (unquoted, YAML reads it as a number and drops leading zeros)",
    ]);
  });

  it('an account without an accountIds entry', () => {
    expect(issuesOf({ edits: { 'accounts-config.yaml': [['  - email: all-enabled-network@example.com\n', '  - email: someone-else@example.com\n']] } })).toEqual([
      'accounts-config.yaml has 1 issue:',
      "  - workloadAccounts[1].email (line 24): found no accountIds entry for all-enabled-network@example.com (account Network); expected an accountIds entry with this email and the account's 12-digit id",
    ]);
  });

  it('an unknown Region', () => {
    const lines = issuesOf({ edits: { 'global-config.yaml': [['  - us-west-2\n  # - ap-south-1', '  - us-west-9\n  # - ap-south-1']] } });
    expect(lines[0]).toBe('global-config.yaml has 2 issues:');
    expect(lines[1]).toMatch(/^ {2}- enabledRegions\[1\] \(line 4\): found "us-west-9"; expected a Region of the aws partition \(af-south-1, .*us-west-2\)$/);
    expect(lines[2]).toBe('  - logging.centralizedLoggingRegion (line 165): found "us-west-2"; expected one of the enabled Regions (us-east-1, us-west-9)');
  });

  it('an unknown account and an unknown OU in deploymentTargets', () => {
    expect(
      issuesOf({
        edits: {
          'global-config.yaml': [['        - Management\n        - Network\n      organizationalUnits:\n        - Security', '        - Management\n        - Netwrk\n      organizationalUnits:\n        - Securty']],
        },
      }),
    ).toEqual([
      'global-config.yaml has 2 issues:',
      '  - lambda.encryption.deploymentTargets.accounts[1] (line 62): found "Netwrk"; expected the name of an account in accounts-config.yaml',
      '  - lambda.encryption.deploymentTargets.organizationalUnits[0] (line 64): found "Securty"; expected Root or an organizational unit of organization-config.yaml',
    ]);
  });

  it('a missing mandatory account', () => {
    expect(issuesOf({ edits: { 'accounts-config.yaml': [['  - name: Audit\n', '  - name: Auditor\n']] } })).toEqual([
      'accounts-config.yaml has 2 issues:',
      '  - mandatoryAccounts[2].name (line 12): found "Auditor"; expected one of the mandatory account names Management, LogArchive, Audit',
      '  - mandatoryAccounts (line 2): found no account named Audit; expected the mandatory accounts Management, LogArchive and Audit',
    ]);
  });

  it('a missing file', () => {
    expect(issuesOf({ remove: ['security-config.yaml'] })).toEqual([
      'security-config.yaml has 1 issue:',
      "  - (file): found no such file; expected the file, with LZA's security settings: centralSecurityServices",
    ]);
  });

  it('a placeholder that replacements-config.yaml does not define, in a field the project reads', () => {
    expect(issuesOf({ edits: { 'global-config.yaml': [['managementAccountAccessRole: AWSControlTowerExecution', 'managementAccountAccessRole: {{AccessRole}}']] } })).toEqual([
      'global-config.yaml has 1 issue:',
      '  - managementAccountAccessRole (line 35): found "{{AccessRole}}"; expected a value, or a placeholder that replacements-config.yaml defines (it does not define {{AccessRole}})',
    ]);
  });

  it('an SSM lookup where the value must be known at synth time', () => {
    const lines = issuesOf({ edits: { 'global-config.yaml': [['managementAccountAccessRole: AWSControlTowerExecution', 'managementAccountAccessRole: "{{resolve:ssm:/org/role}}"']] } });
    expect(lines).toEqual([
      'global-config.yaml has 1 issue:',
      '  - managementAccountAccessRole (line 35): found "{{resolve:ssm:/org/role}}"; expected a value known at synth time ({{resolve:ssm:/org/role}} is an SSM parameter, read only at deploy time; SSM lookups are accepted in tag values only)',
    ]);
  });

  it('a value of the wrong type', () => {
    expect(issuesOf({ edits: { 'global-config.yaml': [['    useCMK: true\n    deploymentTargets:\n      accounts:\n        - Management\n        - Network', '    useCMK: yes please\n    deploymentTargets:\n      accounts:\n        - Management\n        - Network']] } })).toEqual([
      'global-config.yaml has 1 issue:',
      '  - lambda.encryption.useCMK (line 58): found "yes please"; expected true or false',
    ]);
  });

  it('terraform-config.yaml: unknown key, bad prefix, bad organization id, and a missing organizationId', () => {
    expect(issuesOf({ terraformConfig: 'organizationId: o-short\nprefix: awsLandingZone\npartiton: aws\n' })).toEqual([
      'terraform-config.yaml has 3 issues:',
      "  - organizationId (line 1): found \"o-short\"; expected an organization id: 'o-' followed by 10 to 32 lowercase letters or digits",
      "  - prefix (line 2): found \"awsLandingZone\"; expected at most 15 letters, digits or '-', not starting with 'aws' or 'ssm' (LZA's AcceleratorPrefix rule)",
      '  - partiton (line 3): found a key the file does not define; expected only the documented keys (check the spelling of "partiton")',
    ]);
    expect(issuesOf({ terraformConfig: 'prefix: Acme\n' })).toEqual([
      'terraform-config.yaml has 1 issue:',
      "  - organizationId: found nothing; expected an organization id: 'o-' followed by 10 to 32 lowercase letters or digits (required because organization-config.yaml has enable: true)",
    ]);
  });

  it('two backup vaults with one name', () => {
    expect(issuesOf({ edits: { 'global-config.yaml': [['    - name: InfrastructureVault', '    - name: BackupVault']] } })).toEqual([
      'global-config.yaml has 1 issue:',
      '  - backup.vaults[1].name (line 424): found "BackupVault"; expected a vault name used once (vaults are addressed by name)',
    ]);
  });

  it('collects issues of several files in one report', () => {
    const lines = issuesOf({
      remove: ['organization-config.yaml'],
      edits: { 'global-config.yaml': [['managementAccountAccessRole: AWSControlTowerExecution', 'managementAccountAccessRole: 7']] },
    });
    expect(lines.filter((line) => line.endsWith(':') && !line.startsWith(' '))).toEqual([
      'global-config.yaml has 1 issue:',
      'organization-config.yaml has 1 issue:',
    ]);
  });
});
