/** `npm run ledger -- removed | retire`: the explicit way keys leave the ledger. */
import * as fs from 'fs';
import * as path from 'path';
import { readLedger } from '../../modules/retention';
import { LedgerCommandError, runLedgerCommand } from '../../modules/retention/ledger-cli';
import { copyConfig, EXAMPLE_CONFIG, tempDir } from '../helpers/fixtures';
import { editYaml, removeFolder } from './helpers/config-folder';
import { removedByStack, synthStacks } from './helpers/synth';

const TOMBSTONE = 'keys-100000000001-eu-central-1';

describe('ledger command', () => {
  let configDir: string;
  let projectDir: string;
  const run = (...args: string[]) => runLedgerCommand(args, { configDir, projectDir });
  const refusal = (...args: string[]): string => {
    try {
      run(...args);
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerCommandError);
      return (error as Error).message;
    }
    throw new Error('expected a refusal');
  };
  /** A local state file where cdktf's local backend keeps it for `stack`. */
  const writeState = (stack: string, keys: readonly string[]) =>
    fs.writeFileSync(path.join(projectDir, `terraform.${stack}.tfstate`), JSON.stringify({
      version: 4,
      resources: keys.map((name) => ({ mode: 'managed', type: 'aws_kms_key', name, instances: [{ attributes: { id: name } }] })),
    }));

  beforeEach(() => {
    configDir = copyConfig(EXAMPLE_CONFIG);
    projectDir = tempDir('lz-keys-project-');
    // GIVEN eu-central-1 left the configuration, so its stacks are tombstones
    editYaml(configDir, 'global-config.yaml', (doc) => { doc.enabledRegions = ['eu-west-1']; });
  });
  afterEach(() => {
    removeFolder(configDir);
    removeFolder(projectDir);
  });

  it('lists what the ledger holds that the configuration no longer produces', () => {
    const output = run('removed');
    expect(output.split('\n')).toHaveLength(6);
    expect(output).toContain(`${TOMBSTONE} (tombstone: retire the whole stack once applied): aws_kms_key.backup, aws_kms_key.cloudwatch`);
  });

  it('lists a key forgotten on purpose, as synth renders its removed block', () => {
    // GIVEN a retention.forget entry for a key the configuration still produces
    const stack = 'keys-100000000004-eu-west-1';
    editYaml(configDir, 'terraform-config.yaml', (doc) => {
      doc.retention = { forget: [{ stack, key: 'cloudwatch', reason: 'tainted by a failed apply' }] };
    });
    // WHEN listed THEN the key is among the removals, as in the synthesized stack
    expect(run('removed')).toContain(`${stack}: aws_kms_key.cloudwatch`);
    expect(removedByStack(synthStacks(configDir, 'check'))[stack]).toEqual(['aws_kms_key.cloudwatch']);
  });

  it('retires an applied tombstone: the ledger drops it and synth stops rendering it', () => {
    // GIVEN the tombstone was applied: its state holds no key any more
    writeState(TOMBSTONE, []);
    // WHEN retired
    expect(run('retire', TOMBSTONE)).toContain(`Retired from ${configDir}/key-ledger.json: ${TOMBSTONE} aws_kms_key.backup`);
    // THEN it is gone from the ledger and from synth; the other tombstones remain
    expect(readLedger(configDir).has(TOMBSTONE)).toBe(false);
    const stacks = synthStacks(configDir, 'check');
    expect(stacks[TOMBSTONE]).toBeUndefined();
    expect(Object.keys(removedByStack(stacks))).toHaveLength(5);
  });

  it('refuses while the local state still holds a key it would retire', () => {
    writeState(TOMBSTONE, ['cloudwatch']);
    expect(refusal('retire', TOMBSTONE)).toBe(
      `Refusing to retire: the Terraform state of ${TOMBSTONE} still holds aws_kms_key.cloudwatch. ` +
        'Apply the stack first (its removed blocks make Terraform forget the keys), then retire.');
    expect(readLedger(configDir).has(TOMBSTONE)).toBe(true);
  });

  it('refuses a stack or key the configuration still produces', () => {
    expect(refusal('retire', 'keys-100000000001-eu-west-1')).toMatch(
      /^Refusing to retire: the configuration still produces aws_kms_key\.backup, .* in keys-100000000001-eu-west-1\./);
    expect(refusal('retire', 'keys-100000000001-eu-west-1', 'cloudwatch')).toMatch(
      /^Refusing to retire: the configuration still produces aws_kms_key\.cloudwatch in keys-100000000001-eu-west-1\./);
  });

  it('retires single keys of a live stack once they are no longer produced', () => {
    // GIVEN lambda switched off: every stack renders a removed block for it
    editYaml(configDir, 'global-config.yaml', (doc) => { doc.lambda = { encryption: { useCMK: false } }; });
    // WHEN one stack's lambda key is retired (by purpose or by address)
    run('retire', 'keys-100000000004-eu-west-1', 'lambda');
    run('retire', 'keys-100000000005-eu-west-1', 'aws_kms_key.lambda');
    // THEN only those removed blocks are gone
    const removed = removedByStack(synthStacks(configDir, 'check'));
    expect(removed['keys-100000000004-eu-west-1']).toBeUndefined();
    expect(removed['keys-100000000005-eu-west-1']).toBeUndefined();
    expect(removed['keys-100000000006-eu-west-1']).toEqual(['aws_kms_key.lambda']);
  });

  it('names what exists when asked for a stack or key the ledger does not hold, and shows usage', () => {
    expect(refusal('retire', 'keys-999999999999-eu-west-1')).toContain('keys-999999999999-eu-west-1 is not in');
    expect(refusal('retire', TOMBSTONE, 'installer')).toBe(
      `${TOMBSTONE} has no aws_kms_key.installer in the ledger; it holds aws_kms_key.backup, aws_kms_key.cloudwatch, ` +
        'aws_kms_key.ebs, aws_kms_key.lambda, aws_kms_key.s3, aws_kms_key.session_manager.');
    expect(refusal('retire')).toContain('usage: npm run ledger -- removed');
    expect(refusal('forget', TOMBSTONE)).toContain('usage:');
  });
});
