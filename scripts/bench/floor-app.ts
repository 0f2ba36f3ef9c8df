/**
 * The floor: the same resources as an lz-keys synth, through cdktf with no logic at all. No
 * configuration, no plan, no construct layers, no checks: flat stacks of typed provider resources
 * with constant props (policies of the same length), built from the shape file the benchmark
 * writes. What this costs, lz-keys cannot go below in one process; the benchmark prints the ratio.
 */
import * as fs from 'fs';
import { App, LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { EbsDefaultKmsKey } from '@cdktf/provider-aws/lib/ebs-default-kms-key';
import { EbsEncryptionByDefault } from '@cdktf/provider-aws/lib/ebs-encryption-by-default';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SsmDocument } from '@cdktf/provider-aws/lib/ssm-document';
import { SsmParameter } from '@cdktf/provider-aws/lib/ssm-parameter';
import { FLOOR_SHAPE_ENV, type FloorShapeGroup, type FloorStackShape } from './floor-shape';

const TAGS = { Accelerator: 'AWSAccelerator', CostCenter: 'platform', Environment: 'Production', 'accelerator:key': 'k', 'accelerator:stack': 'floor' };

function policyOfLength(bytes: number): string {
  const head = '{"Version":"2012-10-17","Statement":[{"Sid":"';
  const tail = '","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"kms:*","Resource":"*"}]}';
  return head + 'x'.repeat(Math.max(1, bytes - head.length - tail.length)) + tail;
}

function floorStack(app: App, name: string, shape: FloorStackShape): void {
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, 'aws', {
    region: 'us-east-1',
    allowedAccountIds: ['111111111111'],
    assumeRole: [{ roleArn: 'arn:aws:iam::111111111111:role/AWSControlTowerExecution', sessionName: 'lz-keys' }],
  });
  new LocalBackend(stack, { path: `../../../terraform.${name}.tfstate` });
  stack.addOverride('terraform.required_version', '>= 1.7.0');
  for (const lookup of shape.ssmLookups) new DataAwsSsmParameter(stack, lookup, { name: '/accelerator/x' });
  const arns = new Map<string, string>();
  for (const { name: keyName, policyBytes } of shape.keys) {
    const key = new KmsKey(stack, `${keyName}-key`, {
      description: 'Floor key (lz-keys, floor)',
      keyUsage: 'ENCRYPT_DECRYPT',
      customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      multiRegion: false,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policyOfLength(policyBytes),
      tags: TAGS,
      lifecycle: { preventDestroy: true },
    });
    key.overrideLogicalId(keyName);
    // One token per attribute and key, as lz-keys does; each token costs a stack trace in cdktf.
    const arn = key.arn;
    arns.set(keyName, arn);
    new KmsAlias(stack, `${keyName}-alias`, { name: `alias/accelerator/kms/${keyName}/key`, targetKeyId: key.keyId }).overrideLogicalId(keyName);
    const parameter = new SsmParameter(stack, `${keyName}-parameter`, {
      name: `/accelerator/kms/${keyName}/key-arn`,
      description: 'ARN of the floor key',
      type: 'String',
      value: arn,
      tags: TAGS,
    });
    parameter.overrideLogicalId(keyName);
    new TerraformOutput(stack, `${keyName}_key_arn`, { value: arn, description: 'ARN of the floor key' });
  }
  if (shape.ebsDefaultEncryption) {
    new EbsEncryptionByDefault(stack, 'ebs-encryption-by-default', { enabled: true }).overrideLogicalId('ebs');
    new EbsDefaultKmsKey(stack, 'ebs-default-kms-key', { keyArn: arns.get('ebs') ?? 'arn' }).overrideLogicalId('ebs');
  }
  if (shape.sessionManagerPreferences) {
    new SsmDocument(stack, 'session_manager_preferences', {
      name: 'SSM-SessionManagerRunShell',
      documentType: 'Session',
      documentFormat: 'JSON',
      content: JSON.stringify({ schemaVersion: '1.0', inputs: { kmsKeyId: arns.get('session_manager') ?? 'arn' } }),
    });
  }
  for (const vault of shape.backupVaults) new BackupVault(stack, vault, { name: vault, kmsKeyArn: arns.get('backup') ?? 'arn' });
}

const shapeFile = process.env[FLOOR_SHAPE_ENV];
if (!shapeFile) throw new Error(`${FLOOR_SHAPE_ENV} must name the shape file the benchmark writes.`);
const groups = JSON.parse(fs.readFileSync(shapeFile, 'utf8')) as FloorShapeGroup[];
const app = new App({ stackTraces: false });
let n = 0;
for (const group of groups) for (let i = 0; i < group.count; i++) floorStack(app, `floor-${String(n++).padStart(5, '0')}`, group.stack);
app.synth();
