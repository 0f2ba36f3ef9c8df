import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { retainedPlans } from '../../modules/retention/retained-plans';
import type { StackRemovals } from '../../modules/retention/removed-keys';
import { EXAMPLE_CONFIG } from '../helpers/fixtures';

const model = loadOrgModel(EXAMPLE_CONFIG);
const plans = planStacks(model);
const removal = (accountId: string, region: string, tombstone: boolean): StackRemovals => ({
  stack: `keys-${accountId}-${region}`, accountId, region, addresses: ['aws_kms_key.lambda'], tombstone,
});

describe('retainedPlans', () => {
  it('attaches removed keys to the live stack that held them and leaves the others as they are', () => {
    const result = retainedPlans(model, plans, [removal('100000000004', 'eu-west-1', false)]);
    expect(result).toHaveLength(plans.length);
    expect(result.find((p) => p.name === 'keys-100000000004-eu-west-1')?.removed).toEqual(['aws_kms_key.lambda']);
    expect(result.filter((p) => p.removed !== undefined)).toHaveLength(1);
    expect(result.find((p) => p.name === 'keys-100000000005-eu-west-1')).toBe(plans.find((p) => p.name === 'keys-100000000005-eu-west-1'));
  });

  it('reaches a removed account through managementAccountAccessRole, with the configured backend', () => {
    const [tombstone] = retainedPlans(model, plans, [removal('999999999999', 'eu-west-1', true)]).slice(plans.length);
    expect(tombstone).toEqual({
      name: 'keys-999999999999-eu-west-1',
      accountId: '999999999999',
      accountType: 'workload',
      region: 'eu-west-1',
      partition: 'aws',
      assumeRoleArn: 'arn:aws:iam::999999999999:role/AWSControlTowerExecution',
      backend: model.backend,
      keys: [],
      consumers: [],
      removed: ['aws_kms_key.lambda'],
      organization: plans[0].organization,
      policyRuleSuppressions: [],
    });
  });

  it('reaches the Management account of a Region that left the way its live stacks do', () => {
    const live = plans.find((p) => p.name === 'keys-100000000001-eu-west-1')!;
    const [tombstone] = retainedPlans(model, plans, [removal('100000000001', 'us-east-1', true)]).slice(plans.length);
    expect(tombstone.accountType).toBe('management');
    expect(tombstone.assumeRoleArn).toBe(live.assumeRoleArn);
    const withRole = { ...model, managementAccountRoleName: 'LzKeysDeploy' };
    const [assumed] = retainedPlans(withRole, plans, [removal('100000000001', 'us-east-1', true)]).slice(plans.length);
    expect(assumed.assumeRoleArn).toBe('arn:aws:iam::100000000001:role/LzKeysDeploy');
  });
});
