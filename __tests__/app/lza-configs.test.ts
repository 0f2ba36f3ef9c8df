import { keysByStack, synthConfig } from '../helpers/synth';
import { EXAMPLE_CONFIG, lzaConfig } from '../helpers/fixtures';

/** Records the folder's keys in its ledger first, so the test can synthesize in check mode. */
function withLedger(dir: string): string {
  synthConfig(dir, 'update');
  return dir;
}

describe('synthesizing the real LZA configuration sets', () => {
  it('all-enabled: the keys of every stack are exactly what the catalog implies', () => {
    const { stacks } = synthConfig(lzaConfig('all-enabled'));
    // Switches (cloudwatch, lambda, s3) are on and target Management and the Security OU (LogArchive,
    // Audit) outside us-west-2, lambda also Network: elsewhere they are off. Session Manager sends to
    // S3 everywhere. EBS targets Root outside us-west-2. Backup: policies (Management, every Region)
    // and a vault targeting Root. Central logs live in the centralized logging Region, us-west-2.
    expect(keysByStack(stacks)).toEqual({
      'keys-111111111111-us-east-1': ['backup', 'cloudwatch', 'ebs', 'installer', 'lambda', 'management', 's3', 'session_manager'],
      'keys-111111111111-us-west-2': ['backup', 'session_manager'],
      'keys-222222222222-us-east-1': ['accelerator', 'audit_s3', 'backup', 'cloudwatch', 'ebs', 'lambda', 'session_manager', 'sns'],
      'keys-222222222222-us-west-2': ['accelerator', 'backup', 'session_manager', 'sns'],
      'keys-333333333333-us-east-1': ['backup', 'cloudwatch', 'ebs', 'lambda', 'log_replication', 's3', 'session_manager'],
      'keys-333333333333-us-west-2': ['backup', 'central_logs', 'log_replication', 'session_manager'],
      'keys-444444444444-us-east-1': ['backup', 'ebs', 'session_manager'],
      'keys-444444444444-us-west-2': ['backup', 'session_manager'],
      'keys-555555555555-us-east-1': ['backup', 'ebs', 'lambda', 'session_manager'],
      'keys-555555555555-us-west-2': ['backup', 'session_manager'],
      'keys-666666666666-us-east-1': ['backup', 'ebs', 'session_manager'],
      'keys-666666666666-us-west-2': ['backup', 'session_manager'],
    });
    expect(Object.keys(stacks['keys-111111111111-us-east-1'].resource.aws_backup_vault).sort()).toEqual(['BackupVault', 'InfrastructureVault']);
    expect(Object.keys(stacks['keys-444444444444-us-east-1'].resource.aws_backup_vault)).toEqual(['BackupVault']);
  });

  it('replacements: SSM-backed tags become plan-time lookups in each stack', () => {
    const { stacks } = synthConfig(lzaConfig('replacements'));
    const stack = stacks['keys-444444444444-ca-central-1'];
    expect(stack.data.aws_ssm_parameter).toEqual({
      tag_accelerator_lza_prefix: expect.objectContaining({ name: '/accelerator/lza-prefix' }),
      tag_accelerator_myparam: expect.objectContaining({ name: '/accelerator/myparam' }),
    });
    expect(stack.resource.aws_kms_key.session_manager.tags).toMatchObject({
      MgmtAccount: '111111111111',
      DynamicLookup: '${data.aws_ssm_parameter.tag_accelerator_lza_prefix.insecure_value}',
      'ssm-replacement': '${data.aws_ssm_parameter.tag_accelerator_myparam.insecure_value}',
      AllRegions: 'us-east-1,us-west-2,ca-central-1',
    });
  });

  it.each([
    ['the example configuration', () => EXAMPLE_CONFIG],
    ['all-enabled', () => withLedger(lzaConfig('all-enabled'))],
    ['replacements', () => withLedger(lzaConfig('replacements'))],
  ])('%s: every key is retained, rotated, has a 30-day window, its own alias, parameter and output', (_name, dir) => {
    const { stacks } = synthConfig(dir(), 'check');
    expect(Object.keys(stacks).length).toBeGreaterThan(0);
    for (const [name, stack] of Object.entries(stacks)) {
      for (const [purpose, key] of Object.entries<Record<string, unknown>>(stack.resource.aws_kms_key)) {
        const where = `${name} aws_kms_key.${purpose}`;
        expect([where, key.lifecycle, key.enable_key_rotation, key.deletion_window_in_days]).toEqual([where, { prevent_destroy: true }, true, 30]);
        expect(stack.resource.aws_kms_alias[purpose].target_key_id).toBe(`\${aws_kms_key.${purpose}.key_id}`);
        expect(stack.resource.aws_ssm_parameter[purpose]).toMatchObject({ type: 'String', value: `\${aws_kms_key.${purpose}.arn}` });
        expect(stack.output[`${purpose}_key_arn`].value).toBe(`\${aws_kms_key.${purpose}.arn}`);
        expect(JSON.parse(key.policy as string).Statement[0].Action).toBe('kms:*');
      }
    }
  });
});
