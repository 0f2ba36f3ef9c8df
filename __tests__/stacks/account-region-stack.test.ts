import { Testing } from 'cdktf';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { EbsDefaultKmsKey } from '@cdktf/provider-aws/lib/ebs-default-kms-key';
import { EbsEncryptionByDefault } from '@cdktf/provider-aws/lib/ebs-encryption-by-default';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SsmDocument } from '@cdktf/provider-aws/lib/ssm-document';
import { SsmParameter } from '@cdktf/provider-aws/lib/ssm-parameter';
import { planStacks, type StackPlan } from '../../modules/plan';
import { AccountRegionStack } from '../../modules/stacks/account-region-stack';
import { orgModel, targets } from '../helpers/model';

function synthStack(plan: StackPlan): string {
  return Testing.synth(new AccountRegionStack(Testing.app(), plan));
}

const model = orgModel({
  sessionManager: { enabled: true, excludeAccounts: [], excludeRegions: [] },
  ebsDefaultEncryption: { createKey: true, excludeRegions: [] },
  backupVaults: [{ name: 'BackupVault', targets: targets({ organizationalUnits: ['Root'] }) }],
  tags: [
    { key: 'Owner', value: 'team-${x}' },
    { key: 'Lookup', value: { template: ['v-', { ssmParameter: '/org/owner' }] } },
  ],
});
const plans = planStacks(model);
const devPlan = plans.find((p) => p.name === 'keys-444444444444-eu-west-1') as StackPlan;
const managementPlan = plans.find((p) => p.name === 'keys-111111111111-eu-west-1') as StackPlan;

describe('AccountRegionStack', () => {
  const synthesized = synthStack(devPlan);
  const json = JSON.parse(synthesized);

  it('renders each key with its invariants: retained, rotated, 30-day window, symmetric, single-Region', () => {
    expect(synthesized).toHaveResourceWithProperties(KmsKey, {
      enable_key_rotation: true,
      deletion_window_in_days: 30,
      key_usage: 'ENCRYPT_DECRYPT',
      customer_master_key_spec: 'SYMMETRIC_DEFAULT',
      multi_region: false,
      lifecycle: { prevent_destroy: true },
    });
    expect(Object.keys(json.resource.aws_kms_key)).toEqual(['backup', 'cloudwatch', 'ebs', 'lambda', 's3', 'session_manager']);
  });

  it('addresses keys, aliases and parameters by purpose, never by a hash', () => {
    expect(json.resource.aws_kms_alias.cloudwatch).toEqual({ name: 'alias/accelerator/kms/cloudwatch/key', target_key_id: '${aws_kms_key.cloudwatch.key_id}' });
    expect(synthesized).toHaveResourceWithProperties(SsmParameter, { name: '/accelerator/kms/cloudwatch/key-arn', type: 'String', value: '${aws_kms_key.cloudwatch.arn}' });
    expect(json.output.cloudwatch_key_arn.value).toBe('${aws_kms_key.cloudwatch.arn}');
  });

  it('writes the policy as literal JSON, exactly the plan\'s policy', () => {
    const plannedPolicy = devPlan.keys.find((k) => k.purpose === 's3')?.policy;
    expect(JSON.parse(json.resource.aws_kms_key.s3.policy)).toEqual(plannedPolicy);
  });

  it('wires EBS default encryption, the Session Manager preferences and the backup vault to the stack\'s keys', () => {
    expect(synthesized).toHaveResourceWithProperties(EbsEncryptionByDefault, { enabled: true });
    expect(synthesized).toHaveResourceWithProperties(EbsDefaultKmsKey, { key_arn: '${aws_kms_key.ebs.arn}' });
    expect(synthesized).toHaveResourceWithProperties(BackupVault, { name: 'BackupVault', kms_key_arn: '${aws_kms_key.backup.arn}' });
    expect(synthesized).toHaveResourceWithProperties(SsmDocument, { name: 'SSM-SessionManagerRunShell', document_type: 'Session' });
    expect(JSON.parse(json.resource.aws_ssm_document.session_manager_preferences.content).inputs.kmsKeyId).toBe('${aws_kms_key.session_manager.arn}');
  });

  it('tags keys literally, escaping Terraform template syntax, and looks SSM-backed tags up at plan time', () => {
    expect(json.resource.aws_kms_key.lambda.tags).toEqual({
      Accelerator: 'AWSAccelerator',
      Owner: 'team-$${x}',
      Lookup: 'v-${data.aws_ssm_parameter.tag_org_owner.insecure_value}',
      'accelerator:key': 'lambda',
      'accelerator:stack': 'keys-444444444444-eu-west-1',
    });
    expect(synthesized).toHaveDataSourceWithProperties(DataAwsSsmParameter, { name: '/org/owner' });
  });

  it('deploys into the account\'s Region through managementAccountAccessRole, and nowhere else', () => {
    expect(synthesized).toHaveProviderWithProperties(AwsProvider, {
      region: 'eu-west-1',
      allowed_account_ids: ['444444444444'],
      assume_role: [{ role_arn: 'arn:aws:iam::444444444444:role/AWSControlTowerExecution', session_name: 'lz-keys' }],
    });
  });

  it('keeps state per stack with a relative path outside cdktf.out, and requires Terraform >= 1.7', () => {
    expect(json.terraform.backend).toEqual({ local: { path: '../../../terraform.keys-444444444444-eu-west-1.tfstate' } });
    expect(json.terraform.required_version).toBe('>= 1.7.0');
  });

  it('uses the deploying identity in the Management account', () => {
    const management = JSON.parse(synthStack(managementPlan));
    expect(management.provider.aws).toEqual([{ region: 'eu-west-1', allowed_account_ids: ['111111111111'] }]);
    expect(Object.keys(management.resource.aws_kms_key)).toEqual(expect.arrayContaining(['installer', 'management']));
  });

  it('renders aliases as separate resources that never carry prevent_destroy', () => {
    expect(synthesized).toHaveResource(KmsAlias);
    for (const alias of Object.values<Record<string, unknown>>(json.resource.aws_kms_alias)) expect(alias.lifecycle).toBeUndefined();
  });
});
