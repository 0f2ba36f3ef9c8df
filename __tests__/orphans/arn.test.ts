import * as fc from 'fast-check';
import { KeyArnError, parseKeyArn } from '../../modules/orphans/arn';

describe('parseKeyArn', () => {
  it('reads partition, Region, account and key id from a key ARN', () => {
    expect(parseKeyArn('arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')).toEqual({
      arn: 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      partition: 'aws-us-gov',
      region: 'us-gov-west-1',
      accountId: '111122223333',
      keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    });
  });

  it('accepts multi-Region key ids', () => {
    expect(parseKeyArn('arn:aws:kms:eu-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab').keyId).toBe(
      'mrk-1234abcd12ab34cd56ef1234567890ab',
    );
  });

  it.each([
    ['1234abcd-12ab-34cd-56ef-1234567890ab', 'a bare key id or alias name carries no Region'],
    ['alias/accelerator/kms/s3/key', 'a bare key id or alias name carries no Region'],
    ['arn:aws:kms:eu-west-1:111122223333:alias/accelerator/kms/s3/key', 'an alias ARN names an alias'],
    ['arn:aws:s3:::my-bucket', 'the service part is not kms'],
    ['arn:aws:kms:eu-west:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'the Region, the 12-digit account or the key id is malformed'],
    ['arn:aws:kms:eu-west-1:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'the Region, the 12-digit account or the key id is malformed'],
    ['arn:aws:kms:eu-west-1:111122223333:key/not-a-key', 'the Region, the 12-digit account or the key id is malformed'],
  ])('rejects %s, saying why', (text, why) => {
    expect(() => parseKeyArn(text)).toThrow(KeyArnError);
    expect(() => parseKeyArn(text)).toThrow(`${JSON.stringify(text)} is not a KMS key ARN: ${why}`);
  });

  it('round-trips every well-formed key ARN', () => {
    const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
    const keyId = fc.oneof(
      fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-')),
      hex(32).map((h) => `mrk-${h}`),
    );
    const region = fc.constantFrom('us-east-1', 'eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'cn-north-1');
    const account = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });
    const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov');
    fc.assert(
      fc.property(partition, region, account, keyId, (p, r, a, k) => {
        expect(parseKeyArn(`arn:${p}:kms:${r}:${a}:key/${k}`)).toEqual({ arn: `arn:${p}:kms:${r}:${a}:key/${k}`, partition: p, region: r, accountId: a, keyId: k });
      }),
    );
  });
});
