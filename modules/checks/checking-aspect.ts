/**
 * Base for Aspects that check and never fix. Each node is checked once and reported once, even
 * when the same check is also added with `Aspects.of(...)` and cdktf visits it again in app.synth().
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
