/** terraform-config.yaml `retention`: forget or adopt one key on purpose, through the whole app. */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError } from '../../modules/config';
import { copyConfig, EXAMPLE_CONFIG } from '../helpers/fixtures';
import { removeFolder } from './helpers/config-folder';
import { removedByStack, synthStacks } from './helpers/synth';

const STACK = 'keys-100000000001-eu-west-1';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

describe('retention directives', () => {
  let dir: string;
  beforeEach(() => { dir = copyConfig(EXAMPLE_CONFIG); });
  afterEach(() => removeFolder(dir));
  const retention = (yaml: string) => fs.appendFileSync(path.join(dir, 'terraform-config.yaml'), `retention:\n${yaml}`);

  it('forget: the key leaves its stack with its consumers and becomes a removed block; the ledger is still satisfied', () => {
    // GIVEN the Management home Region's ebs key forgotten on purpose
    retention(`  forget:\n    - stack: ${STACK}\n      key: ebs\n      reason: tainted by a failed apply\n`);

    // WHEN synthesized in check mode (nothing new to record)
    const stacks = synthStacks(dir, 'check');

    // THEN only that key is forgotten, and nothing of it or its consumers is rendered
    expect(removedByStack(stacks)).toEqual({ [STACK]: ['aws_kms_key.ebs'] });
    const resources = stacks[STACK].resource;
    expect(resources.aws_kms_key.ebs).toBeUndefined();
    expect(resources.aws_kms_alias.ebs).toBeUndefined();
    expect(resources.aws_ebs_default_kms_key).toBeUndefined();
    expect(resources.aws_ebs_encryption_by_default).toBeUndefined();
    expect(resources.aws_kms_key.cloudwatch).toBeDefined();
  });

  it('adopt: the key and, when asked, its alias are imported; the key is still rendered', () => {
    retention(`  adopt:\n    - stack: ${STACK}\n      key: cloudwatch\n      keyId: ${KEY_ID}\n      importAlias: true\n    - stack: ${STACK}\n      key: s3\n      keyId: ${KEY_ID.replace('1234abcd', '5678abcd')}\n`);
    const stacks = synthStacks(dir, 'check');
    expect(stacks[STACK].import).toEqual([
      { to: 'aws_kms_key.cloudwatch', id: KEY_ID },
      { to: 'aws_kms_alias.cloudwatch', id: 'alias/accelerator/kms/cloudwatch/key' },
      { to: 'aws_kms_key.s3', id: KEY_ID.replace('1234abcd', '5678abcd') },
    ]);
    expect(stacks[STACK].resource.aws_kms_key.cloudwatch.lifecycle).toEqual({ prevent_destroy: true });
    expect(removedByStack(stacks)).toEqual({});
    expect(Object.entries(stacks).filter(([name, json]) => name !== STACK && json.import !== undefined)).toEqual([]);
  });

  const failureOf = (): string => {
    try {
      synthStacks(dir, 'update');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('rejects entries naming a key the configuration does not produce, or a key twice', () => {
    retention([
      '  forget:',
      '    - { stack: keys-999999999999-eu-west-1, key: s3, reason: gone }',
      `    - { stack: ${STACK}, key: sns, reason: wrong account }`,
      `    - { stack: ${STACK}, key: s3, reason: once }`,
      '  adopt:',
      `    - { stack: ${STACK}, key: s3, keyId: ${KEY_ID} }`,
      '',
    ].join('\n'));
    const message = failureOf();
    expect(message).toContain('terraform-config.yaml has 3 issues:');
    expect(message).toContain('retention.forget[0]: found stack keys-999999999999-eu-west-1, which the configuration does not produce; expected a key the configuration produces');
    expect(message).toContain(`retention.forget[1]: found key sns in ${STACK}, which holds cloudwatch, s3, lambda, session_manager, ebs, backup, installer, management;`);
    expect(message).toContain(`retention.adopt[0]: found ${STACK} s3, named again; expected each key in at most one retention entry`);
  });

  it('rejects malformed entries with their line', () => {
    retention(`  adopt:\n    - stack: ${STACK}\n      key: cloudwatch\n      keyId: alias/accelerator/kms/cloudwatch/key\n  forget:\n    - stack: ${STACK}\n      key: s3\n`);
    const message = failureOf();
    expect(message).toMatch(/retention\.adopt\[0\]\.keyId \(line \d+\): found "alias\/accelerator\/kms\/cloudwatch\/key"; expected a KMS key id: a UUID/);
    expect(message).toMatch(/retention\.forget\[0\]\.reason \(line \d+\): found nothing; expected a reason/);
  });
});
