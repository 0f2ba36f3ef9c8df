/** Synthesizes a configuration folder in-process, the way main.ts does, into a temp outdir. */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { STACK_CHECKS, addChecks, checkAndSynth } from '../../modules/checks';
import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { renderStacks } from '../../modules/stacks/render';
import { tempDir } from './fixtures';

export type StackJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface SynthResult {
  readonly outdir: string;
  readonly stacks: Readonly<Record<string, StackJson>>;
}

export function synthConfig(configDir: string, outdir = tempDir('lz-keys-out-')): SynthResult {
  const app = new App({ outdir, stackTraces: false });
  const stacks = renderStacks(app, planStacks(loadOrgModel(configDir)));
  addChecks(stacks, STACK_CHECKS);
  checkAndSynth(app, stacks);
  return { outdir, stacks: readStacks(outdir) };
}

export function readStacks(outdir: string): Record<string, StackJson> {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir)) return {};
  return Object.fromEntries(
    fs.readdirSync(stacksDir).map((name) => [name, JSON.parse(fs.readFileSync(path.join(stacksDir, name, 'cdk.tf.json'), 'utf8'))]),
  );
}

/** `{ stack: [purposes of its aws_kms_key resources] }`, sorted, for whole-organization assertions. */
export function keysByStack(stacks: Readonly<Record<string, StackJson>>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(stacks)
      .map(([name, json]) => [name, Object.keys(json.resource?.aws_kms_key ?? {}).sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
