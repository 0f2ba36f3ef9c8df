/** planWorkspaces: stack names in, workspace declarations out (data only). */
import type { AccountType, CloudBackendSettings } from '../../modules/config/model';
import { parseStackName, stackName } from '../../modules/plan/catalog';
import { planWorkspaces, type WorkspacePlanInput } from '../../modules/workspaces/workspace-plan';

const BACKEND: CloudBackendSettings = {
  type: 'cloud',
  organization: 'acme',
  hostname: 'app.terraform.io',
  workspacePrefix: 'lz-keys-',
  runRoleName: 'LzKeysTerraformRun',
};

const ACCOUNT_TYPES = new Map<string, AccountType>([
  ['111111111111', 'management'],
  ['222222222222', 'workload'],
]);

function input(stackNames: readonly string[], overrides: Partial<WorkspacePlanInput> = {}): WorkspacePlanInput {
  return { backend: BACKEND, partition: 'aws', accountTypes: ACCOUNT_TYPES, stackNames, ...overrides };
}

describe('planWorkspaces', () => {
  it('declares a workspace per stack, named, tagged and with its run role', () => {
    expect(planWorkspaces(input(['keys-222222222222-eu-west-1']))).toEqual([
      {
        stackName: 'keys-222222222222-eu-west-1',
        address: 'keys_222222222222_eu_west_1',
        name: 'lz-keys-keys-222222222222-eu-west-1',
        description: 'lz-keys: KMS keys of account 222222222222 in eu-west-1 (stack keys-222222222222-eu-west-1).',
        tags: { account: '222222222222', region: 'eu-west-1', 'account-type': 'workload' },
        runRoleArn: 'arn:aws:iam::222222222222:role/LzKeysTerraformRun',
      },
    ]);
  });

  it('builds the run role ARN in the partition of the organization', () => {
    const [plan] = planWorkspaces(input(['keys-222222222222-us-gov-west-1'], { partition: 'aws-us-gov' }));
    expect(plan.runRoleArn).toBe('arn:aws-us-gov:iam::222222222222:role/LzKeysTerraformRun');
  });

  it('keeps declaring the workspace of a tombstone whose account is no longer configured, without an account type', () => {
    // GIVEN a stack name of an account the configuration no longer has
    const [plan] = planWorkspaces(input(['keys-333333333333-eu-west-1']));
    // THEN its workspace is still declared, tagged with what the name says
    expect(plan.name).toBe('lz-keys-keys-333333333333-eu-west-1');
    expect(plan.tags).toEqual({ account: '333333333333', region: 'eu-west-1' });
  });

  it('does not depend on the order stacks were rendered in, and declares each stack once', () => {
    const names = ['keys-222222222222-eu-west-1', 'keys-111111111111-eu-west-1', 'keys-111111111111-eu-central-1'];
    const forward = planWorkspaces(input(names));
    const backward = planWorkspaces(input([...names].reverse().concat(names[0])));
    expect(backward).toEqual(forward);
    expect(forward.map((plan) => plan.stackName)).toEqual([...names].sort());
  });

  it('refuses a stack that is not an account×Region stack', () => {
    expect(() => planWorkspaces(input(['workspaces']))).toThrow(
      'Cannot declare a workspace for "workspaces": only keys-<account id>-<Region> stacks have one.',
    );
  });
});

describe('parseStackName', () => {
  it('reads back what stackName writes', () => {
    expect(parseStackName(stackName('012345678901', 'ap-southeast-7'))).toEqual({ accountId: '012345678901', region: 'ap-southeast-7' });
  });

  it.each(['workspaces', 'keys-1234-eu-west-1', 'keys-012345678901-', 'lz-keys-012345678901-eu-west-1'])('rejects %s', (name) => {
    expect(parseStackName(name)).toBeUndefined();
  });
});
