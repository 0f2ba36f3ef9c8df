/** `npm run report` end to end: the files it writes for configs/, and nothing on a configuration error. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { buildAccessReport, renderJson, renderMarkdown } from '../../modules/report';
import { EXAMPLE_CONFIG } from '../helpers/fixtures';
import { tempDir } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');

function runReport(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/run-app.js', 'scripts/report.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('npm run report', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = tempDir('lz-keys-report-');
  });

  it('writes the Markdown and JSON report of configs/', () => {
    const result = runReport({ LZ_KEYS_REPORT_DIR: outDir, LZ_KEYS_CONFIG_DIR: 'configs' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const model = loadOrgModel(EXAMPLE_CONFIG);
    const report = buildAccessReport(model, planStacks(model));
    expect(fs.readdirSync(outDir).sort()).toEqual(['key-access.json', 'key-access.md']);
    expect(fs.readFileSync(path.join(outDir, 'key-access.md'), 'utf8')).toBe(renderMarkdown(report));
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'key-access.json'), 'utf8'))).toEqual(JSON.parse(renderJson(report)));
    expect(result.stdout).toContain('Access report of 81 keys in 13 groups');
  });

  it('writes nothing when the configuration is invalid', () => {
    const result = runReport({ LZ_KEYS_REPORT_DIR: outDir, LZ_KEYS_CONFIG_DIR: path.join(outDir, 'missing') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The configuration in .*missing is not valid; nothing was synthesized\./);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
