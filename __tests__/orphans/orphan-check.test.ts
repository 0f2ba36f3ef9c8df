import { checkOrphan, isTaggedForCleanup, type KeyFacts } from '../../modules/orphans/orphan-check';

const ORPHAN: KeyFacts = {
  keyManager: 'CUSTOMER',
  keyState: 'Enabled',
  aliases: [],
  tags: { Accelerator: 'AWSAccelerator', 'accelerator:key': 'cloudwatch' },
};

describe('checkOrphan', () => {
  it('accepts an Enabled customer key without alias, tagged with the prefix', () => {
    expect(checkOrphan(ORPHAN, 'AWSAccelerator')).toEqual({ orphan: true });
  });

  it.each<[string, Partial<KeyFacts>, string]>([
    ['an alias', { aliases: ['alias/accelerator/kms/s3/key'] }, 'it has an alias (alias/accelerator/kms/s3/key), so a stack still manages it'],
    ['no Accelerator tag', { tags: {} }, 'it lacks the tag Accelerator=AWSAccelerator, so this landing zone did not create it'],
    ['another prefix', { tags: { Accelerator: 'Other' } }, 'its Accelerator tag is "Other", not "AWSAccelerator"'],
    ['a Disabled key', { keyState: 'Disabled' }, 'it is Disabled, not Enabled'],
    ['a key pending deletion', { keyState: 'PendingDeletion' }, 'it is already pending deletion (KeyState PendingDeletion)'],
    ['an AWS-managed key', { keyManager: 'AWS' }, 'it is AWS-managed (KeyManager AWS): AWS owns its lifecycle'],
  ])('refuses %s, with the reason', (_, change, reason) => {
    expect(checkOrphan({ ...ORPHAN, ...change }, 'AWSAccelerator')).toEqual({ orphan: false, reasons: [reason] });
  });

  it('lists every reason at once', () => {
    const verdict = checkOrphan({ keyManager: 'AWS', keyState: 'Enabled', aliases: ['aws/ebs'], tags: {} }, 'AWSAccelerator');
    expect(verdict.orphan ? [] : verdict.reasons).toHaveLength(3);
  });

  it('compares the tag with the given prefix, not the default', () => {
    expect(checkOrphan({ ...ORPHAN, tags: { Accelerator: 'MyLZ' } }, 'MyLZ')).toEqual({ orphan: true });
  });
});

describe('isTaggedForCleanup', () => {
  it('needs the exact tag value', () => {
    expect(isTaggedForCleanup({ 'accelerator:status': 'orphan-cleanup' })).toBe(true);
    expect(isTaggedForCleanup({ 'accelerator:status': 'keep' })).toBe(false);
    expect(isTaggedForCleanup({})).toBe(false);
  });
});
