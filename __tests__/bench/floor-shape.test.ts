import { groupShapes, stackShape } from '../../scripts/bench/floor-shape';

describe('the floor shape', () => {
  it('lists the resources of a synthesized stack, without their values', () => {
    const shape = stackShape({
      resource: {
        aws_kms_key: { s3: { policy: '{"a":1}' }, ebs: { policy: '{}' } },
        aws_ebs_default_kms_key: { ebs: {} },
        aws_backup_vault: { BackupVault: {} },
      },
      data: { aws_ssm_parameter: { tag_x: {} } },
    });
    expect(shape).toEqual({
      keys: [{ name: 'ebs', policyBytes: 2 }, { name: 's3', policyBytes: 7 }],
      ebsDefaultEncryption: true,
      sessionManagerPreferences: false,
      backupVaults: ['BackupVault'],
      ssmLookups: ['tag_x'],
    });
  });

  it('groups stacks of the same shape and counts them', () => {
    const a = stackShape({ resource: { aws_kms_key: { s3: { policy: 'x' } } } });
    const b = stackShape({ resource: { aws_kms_key: { s3: { policy: 'xy' } } } });
    expect(groupShapes([a, b, a]).map((g) => g.count)).toEqual([2, 1]);
  });
});
