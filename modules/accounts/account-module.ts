/**
 * What every account-type module shares: it renders the keys the plan assigns to it. Modules
 * differ only in which keys are theirs and what else they wire to them.
 */
import { Construct } from 'constructs';
import type { KeyModule, KeyPlan, KeyPurpose } from '../plan/types';
import { RetainedKey } from '../keys/retained-key';

export interface AccountModuleProps {
  readonly keys: readonly KeyPlan[];
  /** Renders a plan's tags for this stack (literal text or SSM lookup tokens). */
  readonly renderTags: (plan: KeyPlan) => Readonly<Record<string, string>>;
}

export abstract class AccountModule extends Construct {
  public readonly keys: ReadonlyMap<KeyPurpose, RetainedKey>;

  protected constructor(scope: Construct, module: KeyModule, props: AccountModuleProps) {
    super(scope, module);
    const mine = props.keys.filter((plan) => plan.module === module);
    this.keys = new Map(mine.map((plan) => [plan.purpose, new RetainedKey(this, { plan, tags: props.renderTags(plan) })]));
  }

  protected keyFor(purpose: KeyPurpose): RetainedKey {
    const key = this.keys.get(purpose);
    if (key === undefined) throw new Error(`The plan wires a consumer to the ${purpose} key, but the stack has no such key.`);
    return key;
  }
}
