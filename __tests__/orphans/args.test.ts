import { parseInvocation, UsageError } from '../../modules/orphans/args';
import { parseKeyArn } from '../../modules/orphans/arn';
import { KEY_ARN } from './support/deps';

const OTHER_ARN = 'arn:aws:kms:us-east-1:222222222222:key/mrk-1234abcd12ab34cd56ef1234567890ab';

describe('parseInvocation', () => {
  it('reads scan flags, trimming and de-duplicating Regions', () => {
    expect(parseInvocation(['scan', '--regions', 'us-east-1, eu-west-1,us-east-1', '--prefix', 'MyLZ', '--json', '--all-accounts'])).toEqual({
      command: 'scan',
      regions: ['us-east-1', 'eu-west-1'],
      prefix: 'MyLZ',
      json: true,
      allAccounts: true,
    });
    expect(parseInvocation(['scan'])).toEqual({ command: 'scan', regions: undefined, prefix: undefined, json: false, allAccounts: false });
  });

  it('takes several keys for tag and one for audit and schedule-deletion', () => {
    expect(parseInvocation(['tag', '--key', KEY_ARN, '--key', OTHER_ARN])).toMatchObject({ keys: [parseKeyArn(KEY_ARN), parseKeyArn(OTHER_ARN)] });
    expect(parseInvocation(['audit', '--key', KEY_ARN, '--json'])).toEqual({ command: 'audit', key: parseKeyArn(KEY_ARN), json: true, allAccounts: false });
    expect(parseInvocation(['schedule-deletion', '--key', KEY_ARN, '--yes'])).toMatchObject({ command: 'schedule-deletion', yes: true });
    expect(parseInvocation(['schedule-deletion', '--key', KEY_ARN])).toMatchObject({ yes: false });
  });

  it.each([[[]], [['help']], [['--help']], [['scan', '-h']]])('answers %p with help', (argv) => {
    expect(parseInvocation(argv)).toEqual({ command: 'help' });
  });

  it.each<[string[], string]>([
    [['delete'], 'Unknown command "delete".'],
    [['scan', '--region', 'us-east-1'], "scan: Unknown option '--region'"],
    [['scan', '--yes'], "scan: Unknown option '--yes'"],
    [['scan', 'us-east-1'], 'scan takes no argument "us-east-1"; flags start with --.'],
    [['scan', '--regions', 'us-east-1,moon'], '--regions takes Region names separated by commas, e.g. us-east-1,eu-west-1; not "moon".'],
    [['scan', '--regions', ','], '--regions takes Region names separated by commas'],
    [['scan', '--prefix', ''], '--prefix needs a value.'],
    [['tag'], 'tag needs --key <arn>.'],
    [['audit', '--key', KEY_ARN, '--key', OTHER_ARN], 'audit takes exactly one --key.'],
    [['schedule-deletion'], 'schedule-deletion needs --key <arn>.'],
    [['schedule-deletion', '--key', 'alias/accelerator/kms/s3/key'], '"alias/accelerator/kms/s3/key" is not a KMS key ARN'],
    [['audit', '--key'], "audit: Option '--key <value>' argument missing"],
  ])('rejects %p', (argv, message) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError);
    expect(() => parseInvocation(argv)).toThrow(message);
  });
});
