import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { ChecksFailedError, STACK_CHECKS, addChecks, checkAndSynth } from '../../modules/checks';
import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { RetentionAspect } from '../../modules/retention/retention-aspect';
import { renderStacks } from '../../modules/stacks/render';

function tempOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-aspect-'));
}

function stackWithKey(app: App, name: string, configure: (key: KmsKey) => void): TerraformStack {
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  const key = new KmsKey(stack, 'hand-made', { description: 'hand-made' });
  key.overrideLogicalId('cloudwatch');
  configure(key);
  return stack;
}

describe('RetentionAspect', () => {
  it('is one of the checks every stack gets', () => {
    expect(STACK_CHECKS.some((check) => check instanceof RetentionAspect)).toBe(true);
  });

  it('passes every key the example configuration renders', () => {
    // GIVEN the example organization rendered as it ships
    const outdir = tempOutdir();
    const app = new App({ outdir, stackTraces: false });
    const stacks = renderStacks(app, planStacks(loadOrgModel('configs')));
    addChecks(stacks, STACK_CHECKS);
    // WHEN checked and synthesized THEN nothing fails and every stack is written
    expect(() => checkAndSynth(app, stacks)).not.toThrow();
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(stacks.map((s) => s.node.id).sort());
  });

  it.each([
    ['without a lifecycle', (_key: KmsKey) => undefined],
    ['with prevent_destroy false', (key: KmsKey) => { key.lifecycle = { preventDestroy: false }; }],
    ['whose prevent_destroy an override turns off', (key: KmsKey) => {
      key.lifecycle = { preventDestroy: true };
      key.addOverride('lifecycle.prevent_destroy', false);
    }],
  ])('stops synth, naming stack and address, for a key %s, and writes nothing', (_label, configure) => {
    // GIVEN a compliant stack and a stack holding a hand-made key
    const outdir = tempOutdir();
    const app = new App({ outdir, stackTraces: false });
    const good = stackWithKey(app, 'keys-111111111111-eu-west-1', (key) => { key.lifecycle = { preventDestroy: true }; });
    const bad = stackWithKey(app, 'keys-222222222222-eu-west-1', configure);
    addChecks([good, bad], [new RetentionAspect()]);

    // WHEN checked and synthesized
    let failure: unknown;
    try {
      checkAndSynth(app, [good, bad]);
    } catch (error) {
      failure = error;
    }

    // THEN exactly the bad key is reported, and no stack was written
    expect(failure).toBeInstanceOf(ChecksFailedError);
    const failures = (failure as ChecksFailedError).failures;
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toContain('keys-222222222222-eu-west-1: aws_kms_key.cloudwatch has no lifecycle.prevent_destroy = true');
    expect((failure as Error).message).toContain('keys-222222222222-eu-west-1');
    // (the App creates an empty stacks/ folder when constructed; synth would fill it and write a manifest)
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual([]);
    expect(fs.existsSync(path.join(outdir, 'manifest.json'))).toBe(false);
  });
});
