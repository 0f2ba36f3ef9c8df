/**
 * The checking Aspect on real stacks: the example configuration passes; a broken policy stops
 * synth before anything is written, naming stack, key and rule; a suppression lets it through
 * as an info.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, TerraformStack } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { ChecksFailedError, STACK_CHECKS, addChecks, checkAndSynth, runChecks } from '../../modules/checks';
import type { PolicyRuleSuppression } from '../../modules/config';
import { planStacks, type StackPlan } from '../../modules/plan';
import { PolicyRulesAspect } from '../../modules/rules';
import { AccountRegionStack } from '../../modules/stacks/account-region-stack';
import { renderStacks } from '../../modules/stacks/render';
import { exampleModel } from './rule-fixtures';
import { tempDir } from '../helpers/fixtures';

const BROKEN_STACK = 'keys-100000000004-eu-west-1';

/** The example plan, with the s3 key of one stack open to any principal using S3 anywhere. */
function brokenPlans(suppressions: readonly PolicyRuleSuppression[] = []): StackPlan[] {
  return planStacks(exampleModel()).map((stack) => ({
    ...stack,
    policyRuleSuppressions: suppressions,
    keys: stack.keys.map((key) =>
      stack.name !== BROKEN_STACK || key.purpose !== 's3'
        ? key
        : {
            ...key,
            policy: {
              ...key.policy,
              Statement: key.policy.Statement.map((s) => (s.Sid === 'S3ViaService' ? { ...s, Condition: undefined } : s)),
            },
          },
    ),
  }));
}

/** Files only: cdktf's App makes an empty `stacks/` folder when it is constructed. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

function appIn(outdir: string): App {
  return new App({ outdir, stackTraces: false });
}

function annotations(stacks: readonly TerraformStack[], type: AnnotationMetadataEntryType): string[] {
  return stacks.flatMap((stack) => stack.node.findAll()).flatMap((node) =>
    node.node.metadata.filter((entry) => entry.type === type).map((entry) => String(entry.data)),
  );
}

describe('PolicyRulesAspect', () => {
  let outdir: string;
  beforeEach(() => {
    outdir = tempDir('lz-keys-rules-');
  });

  it('is registered in STACK_CHECKS', () => {
    expect(STACK_CHECKS.some((check) => check instanceof PolicyRulesAspect)).toBe(true);
  });

  it('passes the example configuration without a single annotation', () => {
    const app = appIn(outdir);
    const stacks = renderStacks(app, planStacks(exampleModel()));
    addChecks(stacks, [new PolicyRulesAspect()]);
    expect(runChecks(stacks)).toEqual([]);
    for (const type of [AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.INFO]) expect(annotations(stacks, type)).toEqual([]);
  });

  it('stops synth on a broken policy, naming stack, key and rule, and writes nothing', () => {
    // GIVEN the example organization with one s3 key open to every principal using S3
    const app = appIn(outdir);
    const stacks = renderStacks(app, brokenPlans());
    addChecks(stacks, STACK_CHECKS);
    // WHEN the app is checked and synthesized
    let error: unknown;
    try {
      checkAndSynth(app, stacks);
    } catch (caught) {
      error = caught;
    }
    // THEN exactly that key fails LZK2, and no file was written
    expect(error).toBeInstanceOf(ChecksFailedError);
    const failures = (error as ChecksFailedError).failures;
    expect(failures).toHaveLength(1);
    expect(failures[0].path).toBe(`${BROKEN_STACK}/all-accounts/s3/key`);
    expect(failures[0].message).toMatch(
      new RegExp(`^${BROKEN_STACK} aws_kms_key\\.s3: LZK2 \\(wildcard principal scoped\\): statement "S3ViaService" allows principal "\\*"`),
    );
    expect((error as Error).message).toContain(`${BROKEN_STACK} aws_kms_key.s3: LZK2`);
    expect(filesUnder(outdir)).toEqual([]);
  });

  it('lets a suppressed finding through as an info with its reason', () => {
    // GIVEN the same broken key, and a suppression of LZK2 for s3 keys of that stack
    const reason = 'Partner buckets read through S3 only; reviewed in SEC-7.';
    const app = appIn(outdir);
    const stacks = renderStacks(app, brokenPlans([{ rule: 'LZK2', stacks: [BROKEN_STACK], keys: ['s3'], reason }]));
    addChecks(stacks, STACK_CHECKS);
    // WHEN synthesized
    checkAndSynth(app, stacks);
    // THEN the stacks are written and the finding is an info, not dropped
    expect(fs.existsSync(path.join(outdir, 'stacks', BROKEN_STACK, 'cdk.tf.json'))).toBe(true);
    const infos = annotations(stacks, AnnotationMetadataEntryType.INFO);
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatch(new RegExp(`^${BROKEN_STACK} aws_kms_key\\.s3: LZK2 \\(wildcard principal scoped\\) suppressed: .* Reason given: ${reason.replace(/\./g, '\\.')}$`));
  });

  it('checks the key as Terraform receives it, overrides included', () => {
    // GIVEN a rendered key whose rotation is switched off by an escape-hatch override
    const app = appIn(outdir);
    const stacks = renderStacks(app, planStacks(exampleModel()));
    const key = stacks[0].node.findAll().find((node): node is KmsKey => node instanceof KmsKey && node.friendlyUniqueId === 'lambda');
    key?.addOverride('enable_key_rotation', false);
    addChecks(stacks, [new PolicyRulesAspect()]);
    // THEN LZK6 finds it
    const failures = runChecks(stacks);
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/^keys-100000000001-eu-west-1 aws_kms_key\.lambda: LZK6 \(rotation enabled\): enable_key_rotation is false,/);
  });

  it('refuses to pass a key it cannot check: one outside an AccountRegionStack', () => {
    const app = appIn(outdir);
    const stack = new TerraformStack(app, 'loose');
    new KmsKey(stack, 'key', { enableKeyRotation: true }).overrideLogicalId('loose');
    addChecks([stack], [new PolicyRulesAspect()]);
    expect(runChecks([stack]).map((f) => f.message)).toEqual([
      'loose aws_kms_key.loose: the policy rules cannot check this key: it is not in an AccountRegionStack, whose plan gives ' +
        'the account, Region and organization to check against. Render keys through AccountRegionStack.',
    ]);
  });

  it('reads its facts from the stack plan (AccountRegionStack.plan)', () => {
    const app = appIn(outdir);
    const [stack] = renderStacks(app, planStacks(exampleModel()));
    expect(stack).toBeInstanceOf(AccountRegionStack);
    expect(stack.plan.organization).toEqual({
      organizationId: 'o-exampleorg1',
      accountIds: ['100000000001', '100000000002', '100000000003', '100000000004', '100000000005', '100000000006'],
    });
  });
});
