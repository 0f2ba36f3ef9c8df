import { stackEntry, type KeyLedger } from '../../modules/retention/ledger';
import { removedKeys } from '../../modules/retention/removed-keys';
import { stackPlan } from './helpers/plans';

const A = '111111111111';
const B = '222222222222';

const recorded: KeyLedger = new Map([
  [`keys-${A}-eu-west-1`, stackEntry(A, 'eu-west-1', ['aws_kms_key.cloudwatch', 'aws_kms_key.lambda', 'aws_kms_key.s3'])],
  [`keys-${A}-us-east-1`, stackEntry(A, 'us-east-1', ['aws_kms_key.cloudwatch'])],
  [`keys-${B}-eu-west-1`, stackEntry(B, 'eu-west-1', ['aws_kms_key.s3'])],
]);

describe('removedKeys', () => {
  it('removes nothing while the plan holds every recorded key', () => {
    const plans = [
      stackPlan(A, 'eu-west-1', ['cloudwatch', 'lambda', 's3']),
      stackPlan(A, 'us-east-1', ['cloudwatch']),
      stackPlan(B, 'eu-west-1', ['s3']),
    ];
    expect(removedKeys(recorded, plans)).toEqual([]);
  });

  it('removes each recorded key the plan dropped, in the stack that held it', () => {
    const plans = [
      stackPlan(A, 'eu-west-1', ['s3']),
      stackPlan(A, 'us-east-1', ['cloudwatch']),
      stackPlan(B, 'eu-west-1', ['s3', 'ebs']),
    ];
    expect(removedKeys(recorded, plans)).toEqual([
      { stack: `keys-${A}-eu-west-1`, accountId: A, region: 'eu-west-1', addresses: ['aws_kms_key.cloudwatch', 'aws_kms_key.lambda'], tombstone: false },
    ]);
  });

  it('keeps a stack the plan no longer has as a tombstone holding all its keys', () => {
    const plans = [stackPlan(A, 'eu-west-1', ['cloudwatch', 'lambda', 's3'])];
    expect(removedKeys(recorded, plans)).toEqual([
      { stack: `keys-${A}-us-east-1`, accountId: A, region: 'us-east-1', addresses: ['aws_kms_key.cloudwatch'], tombstone: true },
      { stack: `keys-${B}-eu-west-1`, accountId: B, region: 'eu-west-1', addresses: ['aws_kms_key.s3'], tombstone: true },
    ]);
  });

  it('treats a planned stack with no keys as live, not a tombstone', () => {
    const plans = [stackPlan(A, 'eu-west-1', []), stackPlan(A, 'us-east-1', ['cloudwatch']), stackPlan(B, 'eu-west-1', ['s3'])];
    expect(removedKeys(recorded, plans)).toEqual([
      { stack: `keys-${A}-eu-west-1`, accountId: A, region: 'eu-west-1',
        addresses: ['aws_kms_key.cloudwatch', 'aws_kms_key.lambda', 'aws_kms_key.s3'], tombstone: false },
    ]);
  });
});
