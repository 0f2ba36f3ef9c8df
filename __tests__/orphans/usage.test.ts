import { isInUse, emptyCounts, usageGroupOf } from '../../modules/orphans/usage';

describe('usageGroupOf', () => {
  it.each([
    ['Encrypt', 'Encrypt'],
    ['Decrypt', 'Decrypt'],
    ['GenerateDataKey', 'GenerateDataKey*'],
    ['GenerateDataKeyWithoutPlaintext', 'GenerateDataKey*'],
    ['GenerateDataKeyPair', 'GenerateDataKey*'],
    ['ReEncrypt', 'ReEncrypt*'],
  ])('counts %s as %s', (eventName, group) => {
    expect(usageGroupOf(eventName)).toBe(group);
  });

  it.each(['DescribeKey', 'ListResourceTags', 'TagResource', 'ScheduleKeyDeletion', 'Sign', ''])(
    'does not count %p as use',
    (eventName) => {
      expect(usageGroupOf(eventName)).toBeUndefined();
    },
  );
});

describe('isInUse', () => {
  it('is true as soon as any group has an event', () => {
    expect(isInUse({ counts: emptyCounts() })).toBe(false);
    expect(isInUse({ counts: { ...emptyCounts(), 'ReEncrypt*': 1 } })).toBe(true);
  });
});
