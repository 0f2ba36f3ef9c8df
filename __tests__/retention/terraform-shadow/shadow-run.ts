/**
 * A sequence of configurations applied one after another to one local state, the way an
 * operator applies each change: apply what was synthesized before, then plan what is
 * synthesized after and read what the plan would do to each original resource.
 */
import { summarizePlan, type PlannedChange } from './plan-summary';
import { shadowStacks, type ShadowOrigin } from './shadow';
import { TerraformWorkspace } from './terraform';
import type { SynthesizedStacks } from '../helpers/synth';

export class ShadowRun {
  private readonly workspace = new TerraformWorkspace();
  // Every address ever shadowed: a plan names resources that have left the configuration too.
  private readonly origins = new Map<string, ShadowOrigin>();

  /** A new run starting from this run's state: applying a shared "before" once serves many scenarios. */
  public fork(): ShadowRun {
    const fork = new ShadowRun();
    fork.workspace.seedState(this.workspace);
    for (const [address, origin] of this.origins) fork.origins.set(address, origin);
    return fork;
  }

  /** Plans the stacks against the state so far; throws TerraformError when the plan fails. */
  public plan(stacks: SynthesizedStacks): PlannedChange[] {
    const shadow = shadowStacks(stacks);
    for (const [address, origin] of shadow.origins) this.origins.set(address, origin);
    this.workspace.write(shadow.config);
    return summarizePlan(this.workspace.plan(), this.origins);
  }

  /** Applies the last plan. */
  public apply(): void {
    this.workspace.applyPlan();
  }

  /** Plans and applies; returns what the plan did. */
  public planAndApply(stacks: SynthesizedStacks): PlannedChange[] {
    const changes = this.plan(stacks);
    this.apply();
    return changes;
  }

  /** Marks a resource tainted, as a failed apply leaves it. */
  public taint(stack: string, address: string): void {
    const shadow = [...this.origins].find(([, o]) => o.stack === stack && o.address === address);
    if (shadow === undefined) throw new Error(`${stack} ${address} was never shadowed`);
    this.workspace.taint(shadow[0]);
  }

  /** `stack aws_kms_key.x` → id, for every key in state. */
  public keysInState(): Map<string, string> {
    const keys = new Map<string, string>();
    for (const [address, id] of this.workspace.stateIds()) {
      const origin = this.origins.get(address);
      if (origin?.type === 'aws_kms_key') keys.set(`${origin.stack} ${origin.address}`, id);
    }
    return keys;
  }

  public dispose(): void {
    this.workspace.dispose();
  }
}
