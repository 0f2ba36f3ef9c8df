/**
 * The product's promise on the real Terraform binary: for each configuration change the issue
 * names, the plan from the applied "before" to the "after" destroys no key and forgets exactly
 * the keys that left. Stacks are synthesized in-process by the app itself and shadowed as
 * built-in terraform_data resources (terraform-shadow/shadow.ts). "Before" is the example
 * configuration as shipped, applied once; each scenario plans against a copy of that state.
 */
import { copyConfig, EXAMPLE_CONFIG } from '../helpers/fixtures';
import { editYaml, removeFolder, type YamlDoc } from './helpers/config-folder';
import { keysByStack, synthStacks, type SynthesizedStacks } from './helpers/synth';
import { keyDestructions, keyOutcomes, withOutcome, type PlannedChange } from './terraform-shadow/plan-summary';
import { shadowAddress } from './terraform-shadow/shadow';
import { ShadowRun } from './terraform-shadow/shadow-run';
import { HAS_TERRAFORM, TerraformError, tfIt } from './terraform-shadow/terraform';

const KEY = 'aws_kms_key';
const ALIAS = 'aws_kms_alias';
const LOG_ARCHIVE = '100000000002';
const APP_PROD = '100000000006';

type Edit = (dir: string) => void;
const editGlobal = (edit: (doc: YamlDoc) => void): Edit => (dir) => editYaml(dir, 'global-config.yaml', edit);

/** One stack of a synthesized app. */
function pick(stacks: SynthesizedStacks, stack: string): SynthesizedStacks {
  return { [stack]: stacks[stack] };
}

/** `stack aws_kms_key.<purpose>` for every key of the stacks `select` picks. */
function keysOf(stacks: SynthesizedStacks, select: (stack: string, purpose: string) => boolean): string[] {
  return Object.entries(keysByStack(stacks))
    .flatMap(([stack, purposes]) => purposes.filter((p) => select(stack, p)).map((p) => `${stack} ${KEY}.${p}`))
    .sort();
}

describe('retention on real Terraform (terraform_data shadow)', () => {
  let before: SynthesizedStacks;
  let applied: ShadowRun;
  const runs: ShadowRun[] = [];
  const folders: string[] = [];

  beforeAll(() => {
    if (!HAS_TERRAFORM) return;
    const dir = copyConfig(EXAMPLE_CONFIG);
    folders.push(dir);
    before = synthStacks(dir, 'check');
    applied = new ShadowRun();
    runs.push(applied);
    const created = applied.planAndApply(before);
    // Sanity: everything was created, and the state holds every key of the configuration.
    expect(created.every((c) => c.outcome === 'create')).toBe(true);
    expect([...applied.keysInState().keys()]).toEqual(keysOf(before, () => true));
  });
  afterAll(() => {
    for (const run of runs) run.dispose();
    for (const dir of folders) removeFolder(dir);
  });

  /** Synthesizes the example configuration after `edits` (update mode, as a developer would). */
  function synthAfter(...edits: Edit[]): SynthesizedStacks {
    const dir = copyConfig(EXAMPLE_CONFIG);
    folders.push(dir);
    for (const edit of edits) edit(dir);
    return synthStacks(dir, 'update');
  }

  /** Plans `after` against a copy of the applied "before" state. */
  function planFromBefore(after: SynthesizedStacks): PlannedChange[] {
    const run = applied.fork();
    runs.push(run);
    return run.plan(after);
  }

  tfIt('optional key switched off: its key is forgotten in every stack, nothing else touched', () => {
    const changes = planFromBefore(synthAfter(editGlobal((doc) => { doc.lambda = { encryption: { useCMK: false } }; })));
    const lambdaKeys = keysOf(before, (_s, purpose) => purpose === 'lambda');
    expect(lambdaKeys).toHaveLength(12); // every account × both Regions
    expect(keyOutcomes(changes)).toEqual({ destroyed: [], forgotten: lambdaKeys, created: [] });
    expect(withOutcome(changes, KEY, 'update')).toEqual([]);
    expect(withOutcome(changes, ALIAS, 'delete')).toHaveLength(12);
  });

  tfIt('Region removed: every key of its stacks is forgotten', () => {
    const changes = planFromBefore(synthAfter(editGlobal((doc) => { doc.enabledRegions = ['eu-west-1']; })));
    const regionKeys = keysOf(before, (stack) => stack.endsWith('-eu-central-1'));
    // Management 6 + LogArchive 7 (log_replication) + Audit 8 (accelerator, audit_s3, sns) + 3 workloads × 6
    expect(regionKeys).toHaveLength(39);
    expect(keyOutcomes(changes)).toEqual({ destroyed: [], forgotten: regionKeys, created: [] });
  });

  tfIt('account removed: every key of its stacks is forgotten', () => {
    const changes = planFromBefore(synthAfter((dir) => editYaml(dir, 'accounts-config.yaml', (doc) => {
      doc.workloadAccounts = doc.workloadAccounts.filter((a: { name: string }) => a.name !== 'AppProd');
      doc.accountIds = doc.accountIds.filter((a: { accountId: string }) => a.accountId !== APP_PROD);
    })));
    const accountKeys = keysOf(before, (stack) => stack.startsWith(`keys-${APP_PROD}-`));
    expect(accountKeys).toHaveLength(12); // 6 per Region
    expect(keyOutcomes(changes)).toEqual({ destroyed: [], forgotten: accountKeys, created: [] });
  });

  tfIt('account renamed: nothing changes at all', () => {
    const changes = planFromBefore(synthAfter((dir) => editYaml(dir, 'accounts-config.yaml', (doc) => {
      doc.workloadAccounts.find((a: { name: string }) => a.name === 'SharedServices').name = 'PlatformServices';
    })));
    expect(changes.length).toBeGreaterThan(250);
    expect(changes.filter((c) => c.outcome !== 'no-op')).toEqual([]);
  });

  tfIt('centralized logging Region moved: one central_logs key forgotten, one created', () => {
    const changes = planFromBefore(synthAfter(editGlobal((doc) => { doc.logging.centralizedLoggingRegion = 'eu-central-1'; })));
    expect(keyOutcomes(changes)).toEqual({
      destroyed: [],
      forgotten: [`keys-${LOG_ARCHIVE}-eu-west-1 ${KEY}.central_logs`],
      created: [`keys-${LOG_ARCHIVE}-eu-central-1 ${KEY}.central_logs`],
    });
  });

  tfIt('prefix changed: every alias replaced, no key created, destroyed or forgotten', () => {
    const changes = planFromBefore(synthAfter((dir) => editYaml(dir, 'terraform-config.yaml', (doc) => { doc.prefix = 'Landing'; })));
    const allKeys = keysOf(before, () => true);
    expect(keyOutcomes(changes)).toEqual({ destroyed: [], forgotten: [], created: [] });
    // Keys change in place only (their Accelerator tag and prefix-scoped policies).
    expect(withOutcome(changes, KEY, 'update')).toEqual(allKeys);
    expect(withOutcome(changes, ALIAS, 'replace')).toEqual(allKeys.map((k) => k.replace(` ${KEY}.`, ` ${ALIAS}.`)));
  });

  tfIt('a change that would replace a key fails the plan loudly, naming each key', () => {
    // GIVEN one stack applied alone (stacks have separate states), then each argument that
    // forces a new key changed on a different key
    const stack = `keys-${LOG_ARCHIVE}-eu-west-1`;
    const run = new ShadowRun();
    runs.push(run);
    run.planAndApply(pick(before, stack));
    const after = pick(structuredClone(before), stack);
    const changed: Record<string, readonly [string, string | boolean]> = {
      central_logs: ['key_usage', 'SIGN_VERIFY'],
      log_replication: ['customer_master_key_spec', 'RSA_2048'],
      s3: ['multi_region', true],
    };
    for (const [purpose, [argument, value]] of Object.entries(changed)) after[stack].resource[KEY][purpose][argument] = value;

    // WHEN planned THEN Terraform refuses, naming every one of them
    let failure: unknown;
    try {
      run.plan(after);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(TerraformError);
    const output = (failure as TerraformError).output;
    expect(output.match(/Instance cannot be destroyed/g)).toHaveLength(3);
    for (const purpose of Object.keys(changed)) expect(output).toContain(shadowAddress(stack, `${KEY}.${purpose}`));
  });

  tfIt('control: without its removed blocks, removing a Region destroys every key of it', () => {
    // The same change as above with the removed blocks stripped: proves the harness sees
    // deletions, and that the removed blocks are what keeps the keys.
    const after = synthAfter(editGlobal((doc) => { doc.enabledRegions = ['eu-west-1']; }));
    for (const json of Object.values(after)) delete json.removed;
    const changes = planFromBefore(after);
    expect(keyDestructions(changes)).toEqual(keysOf(before, (stack) => stack.endsWith('-eu-central-1')));
    expect(withOutcome(changes, KEY, 'forget')).toEqual([]);
  });

  tfIt('a tainted key is forgotten on purpose, recreated, and the orphan adopted back', () => {
    // GIVEN a key a failed apply left tainted: every plan now wants to replace it and fails
    // (one stack applied alone: stacks have separate states)
    const stack = 'keys-100000000004-eu-west-1';
    const key = `${stack} ${KEY}.cloudwatch`;
    const run = new ShadowRun();
    runs.push(run);
    run.planAndApply(pick(before, stack));
    run.taint(stack, `${KEY}.cloudwatch`);
    const orphanId = run.keysInState().get(key)!;
    expect(() => run.plan(pick(before, stack))).toThrow(/Instance cannot be destroyed/);

    // WHEN terraform-config.yaml forgets it on purpose
    const forget: Edit = (dir) => editYaml(dir, 'terraform-config.yaml', (doc) => {
      doc.retention = { forget: [{ stack, key: 'cloudwatch', reason: 'tainted by a failed apply' }] };
    });
    const forgetting = run.planAndApply(pick(synthAfter(forget), stack));
    // THEN exactly that key is forgotten and nothing destroyed
    expect(keyDestructions(forgetting)).toEqual([]);
    expect(withOutcome(forgetting, KEY, 'forget')).toEqual([key]);
    expect(run.keysInState().has(key)).toBe(false);

    // WHEN the entry is dropped again THEN a fresh key is created at the same address
    const recreating = run.plan(pick(before, stack));
    expect(withOutcome(recreating, KEY, 'create')).toEqual([key]);
    expect(keyDestructions(recreating)).toEqual([]);

    // AND WHEN instead the orphan is adopted by its id THEN it is imported, not created
    const adopt: Edit = (dir) => editYaml(dir, 'terraform-config.yaml', (doc) => {
      doc.retention = { adopt: [{ stack, key: 'cloudwatch', keyId: orphanId }] };
    });
    const adopting = run.planAndApply(pick(synthAfter(adopt), stack));
    expect(withOutcome(adopting, KEY, 'import')).toEqual([key]);
    expect(withOutcome(adopting, KEY, 'create')).toEqual([]);
    expect(withOutcome(adopting, ALIAS, 'create')).toEqual([`${stack} ${ALIAS}.cloudwatch`]);
    expect(keyDestructions(adopting)).toEqual([]);
    expect(run.keysInState().get(key)).toBe(orphanId);
  });
});
