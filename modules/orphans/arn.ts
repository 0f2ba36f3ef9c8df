/**
 * Key ARNs are the only way the key commands name a key: the ARN carries the Region and the
 * account, so a command never has to guess where the key lives.
 */

export interface KeyRef {
  readonly arn: string;
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly keyId: string;
}

export const KEY_ARN_EXAMPLE = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):key\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

export class KeyArnError extends Error {
  constructor(text: string, why: string) {
    super(`${JSON.stringify(text)} is not a KMS key ARN: ${why}. Expected arn:<partition>:kms:<region>:<account>:key/<key-id>, e.g. ${KEY_ARN_EXAMPLE}.`);
    this.name = 'KeyArnError';
  }
}

export function parseKeyArn(text: string): KeyRef {
  const match = KEY_ARN.exec(text);
  if (match) {
    const [, partition, region, accountId, keyId] = match as unknown as [string, string, string, string, string];
    return { arn: text, partition, region, accountId, keyId };
  }
  throw new KeyArnError(text, whyNotAKeyArn(text));
}

/** The most useful single hint: users most often paste a key id or an alias, which carry no Region. */
function whyNotAKeyArn(text: string): string {
  if (!text.startsWith('arn:')) return 'a bare key id or alias name carries no Region; pass the full key ARN';
  if (/:alias\//.test(text)) return 'an alias ARN names an alias, and an orphan has none; pass the key ARN';
  if (!/^arn:[^:]+:kms:/.test(text)) return 'the service part is not kms';
  return 'the Region, the 12-digit account or the key id is malformed';
}
