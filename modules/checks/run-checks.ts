/**
 * Runs the checking Aspects on every stack before anything is written. cdktf synthesizes stack
 * by stack, and under `cdktf synth` it keeps writing past error annotations; checking first
 * means a failed check leaves no stack half-written.
 *
 * The checks are kept apart from `Aspects.of(stack)` and applied here in one walk: cdktf's own
 * Aspect pass, which app.synth() runs again for every stack, computes each node's path once per
 * Aspect, and at 4,000 stacks two passes of two Aspects took longer than the checks themselves.
 * Aspects that something else adds with `Aspects.of(...)` still run here, through cdktf.
 */
import { AnnotationMetadataEntryType, type App, type IAspect, type TerraformStack } from 'cdktf';
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

const CHECKS = new WeakMap<TerraformStack, Set<IAspect>>();

export function addChecks(stacks: readonly TerraformStack[], checks: readonly IAspect[]): void {
  for (const stack of stacks) {
    const registered = CHECKS.get(stack) ?? new Set<IAspect>();
    for (const check of checks) registered.add(check);
    CHECKS.set(stack, registered);
  }
}

/** Applies the checks of every stack (and any Aspects added to it) and returns the errors they left. */
export function runChecks(stacks: readonly TerraformStack[]): CheckFailure[] {
  const failures: CheckFailure[] = [];
  for (const stack of stacks) {
    invokeAspects(stack);
    const checks = [...(CHECKS.get(stack) ?? [])];
    const nodes = stack.node.findAll();
    for (const node of nodes) for (const check of checks) check.visit(node);
    // Only now: a check may annotate a node it has already passed, such as the stack.
    for (const node of nodes) failures.push(...errorsOf(node));
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
