/** Small hand-made stack plans for the pure retention functions. */
import type { KeyPlan, KeyPurpose, StackPlan } from '../../../modules/plan';

export function keyPlan(purpose: KeyPurpose): KeyPlan {
  return {
    purpose,
    module: 'all-accounts',
    description: `${purpose} (test)`,
    alias: `alias/accelerator/kms/${purpose}/key`,
    parameterName: `/accelerator/kms/${purpose}/key-arn`,
    tags: [],
    policy: { Version: '2012-10-17', Statement: [] },
  };
}

export function stackPlan(accountId: string, region: string, purposes: readonly KeyPurpose[]): StackPlan {
  return {
    name: `keys-${accountId}-${region}`,
    accountId,
    accountType: 'workload',
    region,
    partition: 'aws',
    backend: { type: 'local' },
    keys: purposes.map(keyPlan),
    consumers: purposes.includes('ebs') ? [{ kind: 'ebs-default-encryption', purpose: 'ebs' }] : [],
    organization: { organizationId: 'o-test123456', accountIds: [accountId] },
    policyRuleSuppressions: [],
  };
}
