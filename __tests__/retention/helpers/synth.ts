/** Runs the app in-process, exactly as `npm run synth` does, and returns each stack's JSON. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthApp } from '../../../main';
import type { LedgerMode } from '../../../modules/retention';

// Synthesized Terraform JSON is untyped; tests and the shadow harness read it by Terraform's names.
export type StackJson = Record<string, any>;
export type SynthesizedStacks = Record<string, StackJson>;

export function synthStacks(configDir: string, ledgerMode: LedgerMode): SynthesizedStacks {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-out-'));
  try {
    synthApp({ configDir, ledgerMode, outdir });
    return readStacks(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export function readStacks(outdir: string): SynthesizedStacks {
  const stacksDir = path.join(outdir, 'stacks');
  const stacks: SynthesizedStacks = {};
  for (const name of fs.readdirSync(stacksDir).sort()) {
    stacks[name] = JSON.parse(fs.readFileSync(path.join(stacksDir, name, 'cdk.tf.json'), 'utf8'));
  }
  return stacks;
}

/** `aws_kms_key` names per stack, e.g. `{ 'keys-1-eu-west-1': ['cloudwatch', ...] }`. */
export function keysByStack(stacks: SynthesizedStacks): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(stacks).map(([name, json]) => [name, Object.keys(json.resource?.aws_kms_key ?? {}).sort()]),
  );
}

export interface RemovedBlockJson {
  readonly from: string;
  readonly lifecycle?: { readonly destroy?: boolean };
}

/** `removed` blocks per stack; stacks without any are left out. */
export function removedBlocksByStack(stacks: SynthesizedStacks): Record<string, RemovedBlockJson[]> {
  return Object.fromEntries(
    Object.entries(stacks)
      .filter(([, json]) => (json.removed ?? []).length > 0)
      .map(([name, json]) => [name, json.removed as RemovedBlockJson[]]),
  );
}

/** `removed` block sources per stack, sorted, e.g. `{ 'keys-1-eu-west-1': ['aws_kms_key.lambda'] }`. */
export function removedByStack(stacks: SynthesizedStacks): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(removedBlocksByStack(stacks)).map(([name, blocks]) => [name, blocks.map((b) => b.from).sort()]),
  );
}
