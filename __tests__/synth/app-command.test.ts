/**
 * The app command of cdktf.json, run as `cdktf synth` runs it (a child process with cdktf's
 * environment), writes exactly what the sources write in process: the runner compiles the
 * current sources and changes nothing.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE_CONFIG, PROJECT_ROOT, changedFiles, copyExampleConfig, editConfig, readTree, synthInProcess, tempDir } from './synth-output';

const APP_COMMAND = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdktf.json'), 'utf8')) as { app: string }).app;

/** Runs the app command with the environment cdktf's CLI gives it; returns its exit code and stderr. */
function runAppCommand(configDir: string, outdir: string): { status: number; stderr: string } {
  try {
    execSync(APP_COMMAND, {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        LZ_KEYS_CONFIG_DIR: configDir,
        CDKTF_OUTDIR: outdir,
        CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: 'true',
        CDKTF_CONTEXT_JSON: JSON.stringify({ cdktfRelativeModules: [] }),
      },
    });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stderr: Buffer };
    return { status: failed.status, stderr: failed.stderr.toString() };
  }
}

describe('the app command in cdktf.json', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('runs without type-checking: no ts-node, no tsc', () => {
    expect(APP_COMMAND).not.toMatch(/ts-node|tsc/);
  });

  it('writes the same bytes as the app run in this process', () => {
    // GIVEN the example configuration
    const byCommand = tempDir('out');
    const inProcess = tempDir('out');
    made.push(byCommand, inProcess);

    // WHEN the app command and the in-process app synthesize it
    const run = runAppCommand(EXAMPLE_CONFIG, byCommand);
    synthInProcess(EXAMPLE_CONFIG, inProcess);

    // THEN both wrote the same files, byte for byte, with a manifest listing every stack
    expect(run).toEqual({ status: 0, stderr: '' });
    const written = readTree(byCommand);
    expect(changedFiles(written, readTree(inProcess))).toEqual([]);
    const manifest = JSON.parse(written.get('manifest.json')?.toString() ?? '{}') as { stacks: Record<string, unknown> };
    expect(Object.keys(manifest.stacks)).toHaveLength(12);
  });

  it('stops with the configuration error and writes no stack', () => {
    // GIVEN a configuration with an unknown Region
    const config = copyExampleConfig();
    const outdir = tempDir('out');
    made.push(config, outdir);
    editConfig(config, 'global-config.yaml', '  - eu-central-1\n', '  - eu-centre-1\n');

    // WHEN the app command runs
    const run = runAppCommand(config, outdir);

    // THEN it exits 1, names the file and field, and wrote no stack
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('global-config.yaml has 1 issue:');
    expect(run.stderr).toContain('enabledRegions[1] (line');
    expect(fs.existsSync(path.join(outdir, 'stacks')) ? fs.readdirSync(path.join(outdir, 'stacks')) : []).toEqual([]);
  });
});
