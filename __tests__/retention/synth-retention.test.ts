/**
 * Retention through the whole app (synthApp, as `npm run synth` runs it) on copies of the
 * example configuration and of a real LZA configuration: which removed blocks and tombstones a
 * configuration change leaves, and how the ledger behaves in each mode.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { LEDGER_FILE, LedgerStaleError, readLedger } from '../../modules/retention';
import { ledgerOf, ledgersEqual } from '../../modules/retention/ledger';
import { copyConfig, EXAMPLE_CONFIG, lzaConfig } from '../helpers/fixtures';
import { editYaml, removeFolder } from './helpers/config-folder';
import { keysByStack, removedBlocksByStack, removedByStack, synthStacks, type SynthesizedStacks } from './helpers/synth';

const ledgerText = (dir: string) => fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8');
const addresses = (purposes: readonly string[]) => purposes.map((p) => `aws_kms_key.${p}`);

/** What a change must leave: a removed block for every key a stack held before and does not hold now. */
function vanishedKeys(before: SynthesizedStacks, after: SynthesizedStacks): Record<string, string[]> {
  const now = keysByStack(after);
  const vanished: Record<string, string[]> = {};
  for (const [stack, keys] of Object.entries(keysByStack(before))) {
    const gone = keys.filter((key) => !(now[stack] ?? []).includes(key));
    if (gone.length > 0) vanished[stack] = addresses(gone);
  }
  return vanished;
}

describe('retention through synth', () => {
  let dir: string;
  let before: SynthesizedStacks;
  beforeEach(() => {
    dir = copyConfig(EXAMPLE_CONFIG);
    before = synthStacks(dir, 'check');
  });
  afterEach(() => removeFolder(dir));

  it('ships configs/ with a ledger that records exactly what the configuration produces', () => {
    const model = loadOrgModel(EXAMPLE_CONFIG);
    expect(ledgersEqual(readLedger(EXAMPLE_CONFIG), ledgerOf(planStacks(model)))).toBe(true);
    expect(removedByStack(before)).toEqual({});
  });

  it('forgets every key of a Region that left, in tombstones with the same provider and backend', () => {
    // GIVEN eu-central-1 leaves enabledRegions
    editYaml(dir, 'global-config.yaml', (doc) => { doc.enabledRegions = ['eu-west-1']; });
    const ledgerBefore = ledgerText(dir);

    // WHEN synthesized
    const after = synthStacks(dir, 'update');

    // THEN each eu-central-1 stack survives holding removed blocks for exactly the keys it held
    const gone = Object.keys(before).filter((name) => name.endsWith('-eu-central-1'));
    expect(gone).toHaveLength(6);
    expect(removedByStack(after)).toEqual(vanishedKeys(before, after));
    expect(Object.keys(removedByStack(after)).sort()).toEqual(gone.sort());
    for (const name of gone) {
      expect(after[name].resource).toBeUndefined();
      expect(after[name].data).toBeUndefined();
      expect(after[name].output).toBeUndefined();
      expect(after[name].provider).toEqual(before[name].provider);
      expect(after[name].terraform).toEqual(before[name].terraform);
    }
    for (const blocks of Object.values(removedBlocksByStack(after))) {
      for (const block of blocks) expect(block.lifecycle).toEqual({ destroy: false });
    }
    // AND the ledger still records them (nothing new was added, nothing dropped)
    expect(ledgerText(dir)).toBe(ledgerBefore);
  });

  it('forgets the keys of an account that left, reached through managementAccountAccessRole', () => {
    // GIVEN the workload account AppProd (100000000006) leaves accounts-config.yaml
    editYaml(dir, 'accounts-config.yaml', (doc) => {
      doc.workloadAccounts = doc.workloadAccounts.filter((a: { name: string }) => a.name !== 'AppProd');
      doc.accountIds = doc.accountIds.filter((a: { accountId: string }) => a.accountId !== '100000000006');
    });

    // WHEN synthesized
    const after = synthStacks(dir, 'update');

    // THEN its two stacks are tombstones forgetting exactly its keys, assuming the access role
    expect(removedByStack(after)).toEqual(vanishedKeys(before, after));
    expect(Object.keys(removedByStack(after)).sort()).toEqual(['keys-100000000006-eu-central-1', 'keys-100000000006-eu-west-1']);
    for (const name of Object.keys(removedByStack(after))) {
      expect(after[name].provider.aws[0].assume_role).toEqual([
        { role_arn: 'arn:aws:iam::100000000006:role/AWSControlTowerExecution', session_name: 'lz-keys' },
      ]);
      expect(after[name].provider).toEqual(before[name].provider);
      expect(after[name].terraform).toEqual(before[name].terraform);
    }
  });

  it('forgets an optional key switched off in every stack that held it, and drops its alias and parameter', () => {
    // GIVEN lambda.encryption.useCMK: false
    editYaml(dir, 'global-config.yaml', (doc) => { doc.lambda = { encryption: { useCMK: false } }; });

    // WHEN synthesized
    const after = synthStacks(dir, 'update');

    // THEN every stack forgets exactly its lambda key
    const holders = Object.entries(keysByStack(before)).filter(([, keys]) => keys.includes('lambda')).map(([name]) => name);
    expect(holders).toHaveLength(12);
    expect(removedByStack(after)).toEqual(Object.fromEntries(holders.map((name) => [name, ['aws_kms_key.lambda']])));
    for (const name of holders) {
      expect(after[name].resource.aws_kms_key.lambda).toBeUndefined();
      expect(after[name].resource.aws_kms_alias.lambda).toBeUndefined();
      expect(after[name].resource.aws_ssm_parameter.lambda).toBeUndefined();
    }
  });

  it('synthesizes byte-identical removed blocks on every run', () => {
    editYaml(dir, 'global-config.yaml', (doc) => { doc.enabledRegions = ['eu-west-1']; });
    expect(JSON.stringify(synthStacks(dir, 'update'))).toBe(JSON.stringify(synthStacks(dir, 'update')));
  });

  describe('ledger modes', () => {
    const addRegion = () => editYaml(dir, 'global-config.yaml', (doc) => { doc.enabledRegions.push('us-east-1'); });

    it('check: fails naming each key the ledger lacks and the command to fix it, writing nothing', () => {
      // GIVEN a new Region the committed ledger does not know
      addRegion();
      const ledgerBefore = ledgerText(dir);

      // WHEN synthesized in check mode
      let failure: unknown;
      try {
        synthStacks(dir, 'check');
      } catch (error) {
        failure = error;
      }

      // THEN it fails naming exactly the keys of the new Region's stacks, and changes nothing
      expect(failure).toBeInstanceOf(LedgerStaleError);
      const expected = Object.entries(keysByStack(synthStacks(copyConfigWithout(dir), 'update')))
        .filter(([name]) => name.endsWith('-us-east-1'))
        .flatMap(([stack, keys]) => addresses(keys).map((address) => ({ stack, address })));
      expect(expected.length).toBeGreaterThan(0);
      expect((failure as LedgerStaleError).missing).toEqual(expected);
      const message = (failure as Error).message;
      for (const key of expected) expect(message).toContain(`  - ${key.stack}: ${key.address}`);
      expect(message).toContain(`lacks ${expected.length} keys the configuration produces; nothing was synthesized`);
      expect(message).toContain(`run \`npm run synth\` locally`);
      expect(ledgerText(dir)).toBe(ledgerBefore);
    });

    it('update: records new keys after a successful synth, and check passes afterwards', () => {
      addRegion();
      synthStacks(dir, 'update');
      const ledger = readLedger(dir);
      expect(ledger.get('keys-100000000003-us-east-1')?.keys).toContain('aws_kms_key.accelerator');
      expect(() => synthStacks(dir, 'check')).not.toThrow();
    });

    it('update: writes nothing when synth fails', () => {
      // GIVEN a new Region and a retention entry naming a key nobody produces
      addRegion();
      fs.appendFileSync(path.join(dir, 'terraform-config.yaml'),
        'retention:\n  forget:\n    - stack: keys-100000000004-eu-west-1\n      key: sns\n      reason: test\n');
      const ledgerBefore = ledgerText(dir);

      // WHEN synthesized THEN it fails on the entry and the ledger is untouched
      expect(() => synthStacks(dir, 'update')).toThrow(ConfigError);
      expect(ledgerText(dir)).toBe(ledgerBefore);
    });

    it('rejects an invalid ledger file, naming the file and the entry', () => {
      fs.writeFileSync(path.join(dir, LEDGER_FILE), ledgerText(dir).replace('"aws_kms_key.backup"', '"aws_kms_key.Backup"'));
      expect(() => synthStacks(dir, 'update')).toThrow(
        /key-ledger\.json has 1 issue:\n {2}- stacks\.keys-100000000001-eu-central-1\.keys\[0\] \(line 9\): found "aws_kms_key\.Backup"/,
      );
    });
  });
});

/** A copy of `dir` without its ledger: what the configuration produces, unconstrained. */
function copyConfigWithout(dir: string): string {
  const copy = copyConfig(dir);
  fs.rmSync(path.join(copy, LEDGER_FILE));
  return copy;
}

describe('retention on a real LZA configuration (all-enabled)', () => {
  it('records its keys, then forgets exactly the keys of a Region that leaves', () => {
    // GIVEN the fixture synthesized once (update mode records its keys)
    const dir = lzaConfig('all-enabled');
    try {
      const before = synthStacks(dir, 'update');
      expect(readLedger(dir).size).toBe(Object.keys(before).length);
      expect(() => synthStacks(dir, 'check')).not.toThrow();

      // WHEN its second Region (us-west-2, also its logging Region) leaves; logging moves home
      editYaml(dir, 'global-config.yaml', (doc) => {
        doc.enabledRegions = [doc.homeRegion];
        doc.logging.centralizedLoggingRegion = doc.homeRegion;
      });
      const after = synthStacks(dir, 'update');

      // THEN exactly its keys are forgotten, in the stacks that held them
      const removed = removedByStack(after);
      expect(Object.keys(removed).length).toBeGreaterThan(0);
      expect(Object.keys(removed).every((name) => name.endsWith('-us-west-2'))).toBe(true);
      expect(removed).toEqual(vanishedKeys(before, after));
    } finally {
      removeFolder(dir);
    }
  });
});
