/**
 * The app as cdktf runs it (cdktf.json's app command, in a child process): with CI=true and no
 * explicit mode it checks the ledger, exits non-zero naming the missing keys and writes nothing;
 * with a ledger that is current it synthesizes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { LEDGER_FILE } from '../../modules/retention';
import { copyConfig, EXAMPLE_CONFIG, tempDir } from '../helpers/fixtures';
import { editYaml, removeFolder } from './helpers/config-folder';

const PROJECT = path.join(__dirname, '..', '..');
const APP_COMMAND: string = JSON.parse(fs.readFileSync(path.join(PROJECT, 'cdktf.json'), 'utf8')).app;

function runApp(configDir: string, outdir: string, env: NodeJS.ProcessEnv) {
  const [command, ...args] = APP_COMMAND.split(' ');
  const { LZ_KEYS_LEDGER: _ignored, ...inherited } = process.env;
  return spawnSync(command, args, {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...inherited, LZ_KEYS_CONFIG_DIR: configDir, CDKTF_OUTDIR: outdir, ...env },
  });
}

describe('main with CI=true', () => {
  let configDir: string;
  let outdir: string;
  beforeEach(() => {
    configDir = copyConfig(EXAMPLE_CONFIG);
    outdir = tempDir('lz-keys-out-');
  });
  afterEach(() => {
    removeFolder(configDir);
    removeFolder(outdir);
  });

  it('fails on a stale ledger, naming the keys and the fix, and writes nothing', () => {
    // GIVEN a Region the committed ledger does not know
    editYaml(configDir, 'global-config.yaml', (doc) => { doc.enabledRegions.push('us-east-1'); });
    const ledger = fs.readFileSync(path.join(configDir, LEDGER_FILE), 'utf8');

    const result = runApp(configDir, outdir, { CI: 'true' });

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/lacks \d+ keys the configuration produces; nothing was synthesized/);
    expect(result.stderr).toContain('  - keys-100000000003-us-east-1: aws_kms_key.accelerator');
    expect(result.stderr).toContain('run `npm run synth` locally');
    expect(fs.readFileSync(path.join(configDir, LEDGER_FILE), 'utf8')).toBe(ledger);
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  it('synthesizes when the ledger is current, leaving it byte-identical', () => {
    const ledger = fs.readFileSync(path.join(configDir, LEDGER_FILE), 'utf8');
    const result = runApp(configDir, outdir, { CI: 'true' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toHaveLength(12);
    expect(fs.readFileSync(path.join(configDir, LEDGER_FILE), 'utf8')).toBe(ledger);
  });
});
