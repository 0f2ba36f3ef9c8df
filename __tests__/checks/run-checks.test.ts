import * as fs from 'fs';
import * as path from 'path';
import { Annotations, App, Aspects, TerraformOutput, TerraformStack, type IAspect } from 'cdktf';
import type { IConstruct } from 'constructs';
import { ChecksFailedError, addChecks, checkAndSynth, runChecks } from '../../modules/checks';
import { tempDir } from '../helpers/fixtures';

/** Counts its visits; reports an error on every TerraformOutput whose id starts with `bad`. */
class CountingCheck implements IAspect {
  public readonly visits = new Map<string, number>();
  public visit(node: IConstruct): void {
    this.visits.set(node.node.path, (this.visits.get(node.node.path) ?? 0) + 1);
    if (node instanceof TerraformOutput && node.node.id.startsWith('bad')) Annotations.of(node).addError(`${node.node.id} is bad`);
  }
}

function appWithStack(outputs: readonly string[]): { app: App; stack: TerraformStack; outdir: string } {
  const outdir = tempDir('lz-keys-checks-');
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'stack');
  for (const id of outputs) new TerraformOutput(stack, id, { value: id });
  return { app, stack, outdir };
}

describe('runChecks and checkAndSynth', () => {
  it('visit every node once, in checks and synth together', () => {
    // GIVEN a stack with two outputs and a check added with addChecks
    const { app, stack } = appWithStack(['one', 'two']);
    const check = new CountingCheck();
    addChecks([stack], [check]);

    // WHEN it is checked and synthesized
    checkAndSynth(app, [stack]);

    // THEN the check saw the stack and each output exactly once
    expect(Object.fromEntries(check.visits)).toEqual({ stack: 1, 'stack/one': 1, 'stack/two': 1 });
  });

  it('return every error a check reports, with its path', () => {
    const { stack } = appWithStack(['bad1', 'good', 'bad2']);
    addChecks([stack], [new CountingCheck()]);
    expect(runChecks([stack])).toEqual([
      { path: 'stack/bad1', message: 'bad1 is bad' },
      { path: 'stack/bad2', message: 'bad2 is bad' },
    ]);
  });

  it('still run Aspects added with Aspects.of before writing', () => {
    const { stack } = appWithStack(['bad']);
    Aspects.of(stack).add(new CountingCheck());
    expect(runChecks([stack]).map((f) => f.message)).toEqual(['bad is bad']);
  });

  it('write no stack when a check fails', () => {
    // GIVEN a stack that fails its check
    const { app, stack, outdir } = appWithStack(['bad']);
    addChecks([stack], [new CountingCheck()]);

    // WHEN it is checked and synthesized
    // THEN ChecksFailedError names the failure, and no stack file exists
    expect(() => checkAndSynth(app, [stack])).toThrow(ChecksFailedError);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'stack'))).toBe(false);
  });
});
