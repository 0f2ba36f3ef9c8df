/** Retention's readers of synthesized stacks; synthesis itself is the shared helper's. */
import { synthConfig, type StackJson } from '../../helpers/synth';
import type { LedgerMode } from '../../../modules/retention';

export { keysByStack, readStacks, type StackJson } from '../../helpers/synth';
export type SynthesizedStacks = Record<string, StackJson>;

export function synthStacks(configDir: string, ledgerMode: LedgerMode): SynthesizedStacks {
  return { ...synthConfig(configDir, ledgerMode).stacks };
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
