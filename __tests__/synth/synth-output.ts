/** Helpers for the synth tests: synthesize a configuration folder and compare output trees. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { STACK_CHECKS, addChecks, checkAndSynth } from '../../modules/checks';
import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { renderStacks } from '../../modules/stacks/render';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const EXAMPLE_CONFIG = path.join(PROJECT_ROOT, 'configs');

/** The app's steps, as main.ts runs them, in this process and into `outdir`. */
export function synthInProcess(configDir: string, outdir: string): void {
  const app = new App({ stackTraces: false, outdir });
  const stacks = renderStacks(app, planStacks(loadOrgModel(configDir)));
  addChecks(stacks, STACK_CHECKS);
  checkAndSynth(app, stacks);
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lz-keys-${label}-`));
}

/** Every file under `dir`, by path relative to it (with `/`), with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Files added, removed or changed between two trees, sorted. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) || !after.has(name)).sort();
}

/** A writable copy of the example configuration. */
export function copyExampleConfig(): string {
  const dir = tempDir('config');
  fs.cpSync(EXAMPLE_CONFIG, dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a configuration file; fails if `from` is not there exactly once. */
export function editConfig(configDir: string, file: string, from: string, to: string): void {
  const full = path.join(configDir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${file} must hold ${JSON.stringify(from)} exactly once`);
  fs.writeFileSync(full, text.replace(from, to));
}
