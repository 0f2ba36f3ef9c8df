import { describeAwsError, inPlace, OrphansError } from '../../modules/orphans/aws-errors';
import { awsError } from './support/deps';

const where = { accountId: '333333333333', region: 'ap-south-1' };

describe('describeAwsError', () => {
  it('names account, Region and the IAM action for AccessDenied', () => {
    expect(describeAwsError(awsError('AccessDeniedException', 'User x is not authorized'), where, 'kms:ListKeys')).toBe(
      'Access denied in account 333333333333, Region ap-south-1: the caller may not kms:ListKeys. ' +
        'Grant kms:ListKeys (see README, "Orphaned keys"). AWS said: User x is not authorized',
    );
  });

  it('explains missing credentials', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    expect(describeAwsError(error, where, 'kms:ListKeys')).toMatch(
      /^No usable AWS credentials for account 333333333333, Region ap-south-1 \(Could not load credentials from any providers\)\. Set AWS_PROFILE/,
    );
  });

  it('tells rejected credentials from missing ones', () => {
    expect(describeAwsError(awsError('ExpiredTokenException', 'expired'), where, 'kms:DescribeKey')).toBe(
      'AWS rejected the credentials used for account 333333333333, Region ap-south-1 (ExpiredTokenException: expired). Refresh them and retry.',
    );
  });

  it('omits the account while it is not known', () => {
    expect(describeAwsError(new Error('boom'), { region: 'eu-west-1' }, 'sts:GetCallerIdentity')).toBe(
      'sts:GetCallerIdentity failed in Region eu-west-1: Error: boom',
    );
  });

  it('points at --all-accounts for a key that is not found', () => {
    expect(describeAwsError(awsError('NotFoundException', 'Key does not exist'), where, 'kms:DescribeKey')).toContain(
      'pass --all-accounts when the key lives in another account',
    );
  });

  it('keeps a message that is already final', () => {
    expect(describeAwsError(new OrphansError('as is'), where, 'kms:ListKeys')).toBe('as is');
  });
});

describe('inPlace', () => {
  it('passes results through and turns failures into OrphansError', async () => {
    expect(await inPlace(where, 'kms:ListKeys', async () => 42)).toBe(42);
    await expect(inPlace(where, 'kms:ListKeys', () => Promise.reject(awsError('AccessDeniedException', 'no')))).rejects.toBeInstanceOf(OrphansError);
  });
});
