/** Synthesizes a configuration folder in-process through the app's own synthApp, into a temp outdir. */
import * as fs from 'fs';
import * as path from 'path';
import { synthApp } from '../../main';
import type { LedgerMode } from '../../modules/retention';
import { tempDir } from './fixtures';

export type StackJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface SynthResult {
  readonly outdir: string;
  readonly stacks: Readonly<Record<string, StackJson>>;
}

/**
 * The ledger mode is explicit, never taken from CI: `update` records keys in the folder's
 * key-ledger.json, so pass `check` for a folder of the repository such as configs/.
 */
export function synthConfig(configDir: string, ledgerMode: LedgerMode = 'update', outdir = tempDir('lz-keys-out-')): SynthResult {
  synthApp({ configDir, ledgerMode, outdir });
  return { outdir, stacks: readStacks(outdir) };
}

export function readStacks(outdir: string): Record<string, StackJson> {
  const stacksDir = path.join(outdir, 'stacks');
  if (!fs.existsSync(stacksDir)) return {};
  return Object.fromEntries(
    fs.readdirSync(stacksDir).sort().map((name) => [name, JSON.parse(fs.readFileSync(path.join(stacksDir, name, 'cdk.tf.json'), 'utf8'))]),
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
