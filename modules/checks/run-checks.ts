/**
 * Runs the checking Aspects on every stack before anything is written. cdktf synthesizes stack
 * by stack, and under `cdktf synth` it keeps writing past error annotations; checking first
 * means a failed check leaves no stack half-written.
 */
import { AnnotationMetadataEntryType, Aspects, type App, type IAspect, type TerraformStack } from 'cdktf';
import { invokeAspects } from 'cdktf/lib/synthesize/synthesizer';
import type { IConstruct } from 'constructs';

export interface CheckFailure {
  /** Construct path, starting with the stack name. */
  readonly path: string;
  readonly message: string;
}

export class ChecksFailedError extends Error {
  constructor(public readonly failures: readonly CheckFailure[]) {
    super(
      [`${failures.length} synth-time ${failures.length === 1 ? 'check' : 'checks'} failed; nothing was synthesized.`,
        ...failures.map((f) => `  - [${f.path}] ${f.message}`)].join('\n'),
    );
    this.name = 'ChecksFailedError';
  }
}

export function addChecks(stacks: readonly TerraformStack[], checks: readonly IAspect[]): void {
  for (const stack of stacks) for (const check of checks) Aspects.of(stack).add(check);
}

/** Invokes the Aspects of every stack and returns the error annotations they left. */
export function runChecks(stacks: readonly TerraformStack[]): CheckFailure[] {
  const failures: CheckFailure[] = [];
  for (const stack of stacks) {
    invokeAspects(stack);
    for (const node of stack.node.findAll()) failures.push(...errorsOf(node));
  }
  return failures;
}

/** Checks, then synthesizes; throws ChecksFailedError without writing when a check fails. */
export function checkAndSynth(app: App, stacks: readonly TerraformStack[]): void {
  const failures = runChecks(stacks);
  if (failures.length > 0) throw new ChecksFailedError(failures);
  app.synth();
}

function errorsOf(node: IConstruct): CheckFailure[] {
  return node.node.metadata
    .filter((entry) => entry.type === AnnotationMetadataEntryType.ERROR)
    .map((entry) => ({ path: node.node.path, message: String(entry.data) }));
}
