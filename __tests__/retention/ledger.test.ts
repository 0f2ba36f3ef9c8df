import {
  EMPTY_LEDGER,
  ledgerOf,
  ledgersEqual,
  mergeLedgers,
  missingFromLedger,
  stackEntry,
  withoutKeys,
  type KeyLedger,
} from '../../modules/retention/ledger';
import { LEDGER_FILE, parseLedger, serializeLedger } from '../../modules/retention/ledger-format';
import { ConfigError } from '../../modules/config';
import { stackPlan } from './helpers/plans';

const A = '111111111111';
const B = '222222222222';

function ledger(entries: Record<string, [string, string, string[]]>): KeyLedger {
  return new Map(Object.entries(entries).map(([name, [account, region, keys]]) => [name, stackEntry(account, region, keys)]));
}

describe('ledger operations', () => {
  it('records the key addresses of every stack that holds keys, sorted', () => {
    const plans = [stackPlan(A, 'eu-west-1', ['s3', 'cloudwatch']), stackPlan(B, 'eu-west-1', [])];
    expect(ledgerOf(plans)).toEqual(ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.cloudwatch', 'aws_kms_key.s3']] }));
  });

  it('merges by union and never drops a key', () => {
    const base = ledger({
      [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.lambda', 'aws_kms_key.s3']],
      [`keys-${B}-eu-west-1`]: [B, 'eu-west-1', ['aws_kms_key.s3']],
    });
    const now = ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.cloudwatch', 'aws_kms_key.s3']] });
    expect(mergeLedgers(base, now)).toEqual(ledger({
      [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.cloudwatch', 'aws_kms_key.lambda', 'aws_kms_key.s3']],
      [`keys-${B}-eu-west-1`]: [B, 'eu-west-1', ['aws_kms_key.s3']],
    }));
  });

  it('names each planned key the ledger lacks, in stack and address order', () => {
    const recorded = ledger({ [`keys-${B}-eu-west-1`]: [B, 'eu-west-1', ['aws_kms_key.s3']] });
    const plans = [stackPlan(B, 'eu-west-1', ['s3', 'lambda']), stackPlan(A, 'eu-west-1', ['s3'])];
    expect(missingFromLedger(recorded, ledgerOf(plans))).toEqual([
      { stack: `keys-${A}-eu-west-1`, address: 'aws_kms_key.s3' },
      { stack: `keys-${B}-eu-west-1`, address: 'aws_kms_key.lambda' },
    ]);
    expect(missingFromLedger(mergeLedgers(recorded, ledgerOf(plans)), ledgerOf(plans))).toEqual([]);
  });

  it('retires a whole stack or some of its keys; an emptied stack leaves', () => {
    const recorded = ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.lambda', 'aws_kms_key.s3']] });
    expect(withoutKeys(recorded, `keys-${A}-eu-west-1`, ['aws_kms_key.lambda'])).toEqual(
      ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.s3']] }));
    expect(withoutKeys(recorded, `keys-${A}-eu-west-1`, ['aws_kms_key.lambda', 'aws_kms_key.s3']).size).toBe(0);
    expect(withoutKeys(recorded, `keys-${A}-eu-west-1`).size).toBe(0);
  });

  it('compares ledgers by content', () => {
    const one = ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.s3']] });
    expect(ledgersEqual(one, ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.s3']] }))).toBe(true);
    expect(ledgersEqual(one, ledger({ [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.lambda']] }))).toBe(false);
    expect(ledgersEqual(one, EMPTY_LEDGER)).toBe(false);
  });
});

describe('ledger file format', () => {
  const sample = ledger({
    [`keys-${B}-us-east-1`]: [B, 'us-east-1', ['aws_kms_key.s3', 'aws_kms_key.cloudwatch']],
    [`keys-${A}-eu-west-1`]: [A, 'eu-west-1', ['aws_kms_key.lambda']],
  });

  it('writes stacks and keys sorted, one key per line, and reads back what it wrote', () => {
    const text = serializeLedger(sample);
    expect(text.indexOf(`keys-${A}-eu-west-1`)).toBeLessThan(text.indexOf(`keys-${B}-us-east-1`));
    expect(text).toContain('"keys": [\n        "aws_kms_key.cloudwatch",\n        "aws_kms_key.s3"\n      ]');
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseLedger('cfg', text)).toEqual(sample);
    // Insertion order does not matter: the same ledger is the same text.
    expect(serializeLedger(new Map([...sample].reverse()))).toBe(text);
  });

  const issuesOf = (text: string): string => {
    try {
      parseLedger('cfg', text);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };
  const withStacks = (stacks: unknown) => JSON.stringify({ version: 1, stacks }, null, 2);

  it('rejects what is not strict JSON (a merge-conflict marker), naming the file and line', () => {
    const message = issuesOf('{\n  "version": 1,\n<<<<<<< HEAD\n  "stacks": {}\n}\n');
    expect(message).toContain(`${LEDGER_FILE} has 1 issue:\n  - (JSON syntax) (line 3): expected valid JSON (`);
    expect(message).toContain('take both sides\' keys and run `npm run synth`');
  });

  it('rejects a bad key address, naming the entry, its line and what is expected', () => {
    const message = issuesOf(withStacks({ [`keys-${A}-eu-west-1`]: { accountId: A, region: 'eu-west-1', keys: ['aws_kms_key.s3', 'aws_kms_alias.s3'] } }));
    expect(message).toContain(`${LEDGER_FILE} has 1 issue:`);
    expect(message).toContain(`stacks.keys-${A}-eu-west-1.keys[1] (line 9): found "aws_kms_alias.s3"; expected a key address: aws_kms_key.<purpose>`);
  });

  it('rejects an entry whose name does not match its account and Region, and a key listed twice', () => {
    const message = issuesOf(withStacks({ [`keys-${A}-us-east-1`]: { accountId: A, region: 'eu-west-1', keys: ['aws_kms_key.s3', 'aws_kms_key.s3'] } }));
    expect(message).toContain(`${LEDGER_FILE} has 2 issues:`);
    expect(message).toContain(`stacks.keys-${A}-us-east-1 (line 4): found "keys-${A}-us-east-1"; expected the stack name its accountId and region give (keys-${A}-eu-west-1)`);
    expect(message).toContain(`stacks.keys-${A}-us-east-1.keys[1] (line 9): found "aws_kms_key.s3"; expected each key once`);
  });

  it('rejects an unknown format version and unknown fields', () => {
    expect(issuesOf(JSON.stringify({ version: 2, stacks: {} }))).toContain('version (line 1): found the number 2; expected the ledger format version 1');
    expect(issuesOf(withStacks({ [`keys-${A}-eu-west-1`]: { accountId: A, region: 'eu-west-1', keys: [], purposes: [] } })))
      .toContain(`stacks.keys-${A}-eu-west-1.purposes (line 8): found a key the file does not define`);
  });
});
