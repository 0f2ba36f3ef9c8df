import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE_CONFIG, copyConfig, tempDir } from '../helpers/fixtures';
import { readTree, runApp } from '../helpers/run-app';

describe('the app command (cdktf.json) on the example configuration', () => {
  const outdirs = [tempDir('lz-keys-out-a-'), tempDir('lz-keys-out-b-')];
  const runs = outdirs.map((outdir) => runApp(EXAMPLE_CONFIG, outdir));

  it('synthesizes one stack per account×Region and a manifest listing them', () => {
    expect(runs.map((r) => [r.status, r.stderr])).toEqual([[0, ''], [0, '']]);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdirs[0], 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks)).toHaveLength(12);
    for (const name of Object.keys(manifest.stacks)) {
      expect(name).toMatch(/^keys-\d{12}-[a-z]+-[a-z]+-\d$/);
      expect(fs.existsSync(path.join(outdirs[0], 'stacks', name, 'cdk.tf.json'))).toBe(true);
    }
  });

  it('is deterministic: two runs give byte-identical files', () => {
    const [a, b] = outdirs.map(readTree);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([file, content]) => !content.equals(b.get(file) as Buffer)).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('writes no absolute path, temp folder or user name into any file', () => {
    const leaks = [...readTree(outdirs[0])]
      .filter(([, content]) => [outdirs[0], process.cwd(), '/tmp/', '/home/', '/root/'].some((p) => content.includes(p)))
      .map(([file]) => file);
    expect(leaks).toEqual([]);
  });
});

describe('the app command on a bad configuration', () => {
  it('exits non-zero with the issues on stderr and writes no stack', () => {
    // GIVEN a configuration with an unknown Region and an unknown OU in a target
    const dir = copyConfig(EXAMPLE_CONFIG, {
      edits: {
        'global-config.yaml': [['  - eu-central-1', '  - eu-central-9'], ['          - Root\ntags:', '          - Roots\ntags:']],
      },
    });
    const outdir = tempDir('lz-keys-out-bad-');
    // WHEN the app runs
    const run = runApp(dir, outdir);
    // THEN it fails, names file, fields and lines, and leaves the output folder empty
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('global-config.yaml has 2 issues:');
    expect(run.stderr).toContain('  - enabledRegions[1] (line 6): found "eu-central-9"; expected a Region of the aws partition');
    expect(run.stderr).toContain('  - backup.vaults[0].deploymentTargets.organizationalUnits[0] (line 35): found "Roots"; expected Root or an organizational unit of organization-config.yaml');
    expect(readTree(outdir).size).toBe(0);
  });
});
