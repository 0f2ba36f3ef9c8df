/**
 * The app command of cdktf.json runs without type-checking and writes exactly what the sources
 * write in process: the runner (scripts/run-app.js) compiles the current sources and changes
 * nothing. Determinism and bad input through the command: __tests__/app/main.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE_CONFIG, REPO_ROOT, tempDir } from '../helpers/fixtures';
import { readTree, runApp } from '../helpers/run-app';
import { synthConfig } from '../helpers/synth';

const APP_COMMAND = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdktf.json'), 'utf8')) as { app: string }).app;

describe('the app command in cdktf.json', () => {
  it('runs without type-checking: no ts-node, no tsc', () => {
    expect(APP_COMMAND).not.toMatch(/ts-node|tsc/);
  });

  it('writes the same bytes as the app run in this process', () => {
    // GIVEN the example configuration
    const byCommand = tempDir('lz-keys-out-');

    // WHEN the app command and the in-process app synthesize it
    const run = runApp(EXAMPLE_CONFIG, byCommand);
    const inProcess = synthConfig(EXAMPLE_CONFIG, 'check').outdir;

    // THEN both wrote the same files, byte for byte
    expect([run.status, run.stderr]).toEqual([0, '']);
    const [a, b] = [readTree(byCommand), readTree(inProcess)];
    expect(a.size).toBeGreaterThan(12);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([file, bytes]) => !bytes.equals(b.get(file) as Buffer)).map(([file]) => file)).toEqual([]);
  });
});
