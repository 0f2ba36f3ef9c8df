/**
 * Base for Aspects that check and never fix. cdktf invokes Aspects again inside app.synth()
 * after our own pre-synth pass, so each node is checked once and reported once.
 */
import { Annotations, type IAspect } from 'cdktf';
import type { IConstruct } from 'constructs';

export abstract class CheckingAspect implements IAspect {
  private readonly visited = new WeakSet<IConstruct>();

  public visit(node: IConstruct): void {
    if (this.visited.has(node)) return;
    this.visited.add(node);
    this.check(node);
  }

  protected abstract check(node: IConstruct): void;

  protected error(node: IConstruct, message: string): void {
    Annotations.of(node).addError(message);
  }
}
