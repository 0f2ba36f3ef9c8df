/** Runs the app exactly as `cdktf synth` does: the command in cdktf.json, with CDKTF_OUTDIR set. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, tempDir } from './fixtures';
import { readStacks, type StackJson } from './synth';

export interface AppRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runApp(configDir: string, outdir: string, env: NodeJS.ProcessEnv = {}): AppRun {
  const { app } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdktf.json'), 'utf8')) as { app: string };
  const result = spawnSync(app, {
    shell: true,
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      CDKTF_OUTDIR: outdir,
      // What cdktf-cli sets: the app must stop on failed checks by itself.
      CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: 'true',
      LZ_KEYS_CONFIG_DIR: configDir,
      // Explicit, never inherited from CI: the repository's folders must carry a current ledger.
      LZ_KEYS_LEDGER: 'check',
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, relative path → content. */
export function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full), fs.readFileSync(full));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return files;
}

/** Runs the app command on a configuration folder; every synthesized stack's JSON by name, sorted. */
export function synthApp(configDir: string, env: NodeJS.ProcessEnv = {}): Map<string, StackJson> {
  const outdir = tempDir('lz-keys-out-');
  const run = runApp(configDir, outdir, env);
  if (run.status !== 0) throw new Error(`The app failed (exit ${run.status}):\n${run.stderr}`);
  return new Map(Object.entries(readStacks(outdir)).sort(([a], [b]) => a.localeCompare(b)));
}
