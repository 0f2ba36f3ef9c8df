/** The same configuration gives byte-identical files, and no file names where it was made. */
import * as fs from 'fs';
import * as os from 'os';
import { EXAMPLE_CONFIG, PROJECT_ROOT, changedFiles, copyExampleConfig, readTree, synthInProcess, tempDir } from './synth-output';

describe('synth output', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('is byte-identical for the same configuration, read from two folders into two folders', () => {
    // GIVEN the example configuration, and a copy of it in another folder
    const copy = copyExampleConfig();
    const first = tempDir('out');
    const second = tempDir('out');
    made.push(copy, first, second);

    // WHEN each is synthesized
    synthInProcess(EXAMPLE_CONFIG, first);
    synthInProcess(copy, second);

    // THEN every file is there in both, with the same bytes
    const a = readTree(first);
    const b = readTree(second);
    expect(a.size).toBeGreaterThan(12);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(changedFiles(a, b)).toEqual([]);
  });

  it('holds no absolute path, temporary folder, user or project folder name', () => {
    // GIVEN a copy of the example configuration in a temporary folder
    const config = copyExampleConfig();
    const outdir = tempDir('out');
    made.push(config, outdir);

    // WHEN it is synthesized
    synthInProcess(config, outdir);

    // THEN no file names any folder of this machine
    const forbidden = [outdir, config, os.tmpdir(), PROJECT_ROOT, os.homedir(), 'lz-keys-out-', 'lz-keys-config-'];
    for (const [name, bytes] of readTree(outdir)) {
      const text = bytes.toString('utf8');
      for (const needle of forbidden) {
        if (text.includes(needle)) throw new Error(`${name} holds ${needle}`);
      }
      expect(text).not.toMatch(/"\/(tmp|root|home|work)\//);
    }
  });
});
