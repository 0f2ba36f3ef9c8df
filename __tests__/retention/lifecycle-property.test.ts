/**
 * Property: whatever sequence of configuration edits an operator applies, one after another,
 * Terraform never destroys a key. Each run starts from a small applied organization, then
 * applies a random sequence of edits (switches toggled, Regions and accounts added and removed,
 * an account renamed, the logging Region moved), synthesizing in-process and planning on the
 * real Terraform binary (terraform_data shadow) at every step.
 */
import * as fc from 'fast-check';
import { readLedger } from '../../modules/retention';
import { copyConfig, tempDir } from '../helpers/fixtures';
import { removeFolder } from './helpers/config-folder';
import { HOME_REGION, writeSmallOrg, type SmallOrg } from './helpers/small-org';
import { keysByStack, synthStacks, type SynthesizedStacks } from './helpers/synth';
import { keyOutcomes } from './terraform-shadow/plan-summary';
import { ShadowRun } from './terraform-shadow/shadow-run';
import { HAS_TERRAFORM, tfIt } from './terraform-shadow/terraform';

/** Bounded so the property finishes in seconds: ~10 runs of up to 4 applied edits each. */
const PROPERTY_RUNS = 10;
const MAX_EDITS = 4;

const SWITCHES = ['cloudwatchKey', 'lambdaKey', 's3Key', 'sessionManager', 'ebsDefaultEncryption', 'snsTopics', 'backupVaults'] as const;
const EXTRA_REGION = 'eu-central-1';
const WORKLOAD_IDS = ['300000000004', '300000000005'] as const;

type Edit =
  | { readonly kind: 'toggle'; readonly setting: (typeof SWITCHES)[number] }
  | { readonly kind: 'region' }
  | { readonly kind: 'account'; readonly id: string }
  | { readonly kind: 'rename'; readonly id: string }
  | { readonly kind: 'logging' };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...SWITCHES).map((setting): Edit => ({ kind: 'toggle', setting })),
  fc.constant<Edit>({ kind: 'region' }),
  fc.constantFrom(...WORKLOAD_IDS).map((id): Edit => ({ kind: 'account', id })),
  fc.constantFrom(...WORKLOAD_IDS).map((id): Edit => ({ kind: 'rename', id })),
  fc.constant<Edit>({ kind: 'logging' }),
);

const INITIAL: SmallOrg = {
  regions: [HOME_REGION],
  loggingRegion: HOME_REGION,
  workloads: [{ name: 'Workload4', id: WORKLOAD_IDS[0] }],
  cloudwatchKey: true,
  lambdaKey: false,
  s3Key: true,
  sessionManager: false,
  ebsDefaultEncryption: false,
  snsTopics: false,
  backupVaults: false,
};

/** An edit as a user would make it, keeping the configuration valid. */
function applyEdit(org: SmallOrg, edit: Edit): SmallOrg {
  switch (edit.kind) {
    case 'toggle':
      return { ...org, [edit.setting]: !org[edit.setting] };
    case 'region':
      return org.regions.includes(EXTRA_REGION)
        ? { ...org, regions: [HOME_REGION], loggingRegion: HOME_REGION } // logging cannot stay in a Region that left
        : { ...org, regions: [HOME_REGION, EXTRA_REGION] };
    case 'account':
      return org.workloads.some((w) => w.id === edit.id)
        ? { ...org, workloads: org.workloads.filter((w) => w.id !== edit.id) }
        : { ...org, workloads: [...org.workloads, { name: `Workload${edit.id.slice(-1)}`, id: edit.id }] };
    case 'rename':
      return {
        ...org,
        workloads: org.workloads.map((w) => (w.id !== edit.id ? w : { ...w, name: w.name.endsWith('Renamed') ? w.name.replace(/Renamed$/, '') : `${w.name}Renamed` })),
      };
    case 'logging':
      return { ...org, loggingRegion: org.regions[(org.regions.indexOf(org.loggingRegion) + 1) % org.regions.length] };
  }
}

function plannedKeys(stacks: SynthesizedStacks): string[] {
  return Object.entries(keysByStack(stacks)).flatMap(([stack, purposes]) => purposes.map((p) => `${stack} aws_kms_key.${p}`)).sort();
}

describe('no sequence of configuration edits ever destroys a key (fast-check, real Terraform)', () => {
  let baseDir: string;
  let base: ShadowRun;
  let initialKeys: string[];
  beforeAll(() => {
    if (!HAS_TERRAFORM) return;
    // The initial organization is applied once; every run starts from a copy of its state.
    baseDir = tempDir('lz-keys-small-org-');
    writeSmallOrg(baseDir, INITIAL);
    base = new ShadowRun();
    const initial = synthStacks(baseDir, 'update');
    initialKeys = plannedKeys(initial);
    base.planAndApply(initial);
  });
  afterAll(() => {
    base?.dispose();
    if (baseDir !== undefined) removeFolder(baseDir);
  });

  tfIt(`holds for ${PROPERTY_RUNS} random sequences of 1 to ${MAX_EDITS} edits, each applied`, () => {
    let steps = 0;
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: MAX_EDITS }), (edits) => {
        const dir = copyConfig(baseDir);
        const run = base.fork();
        try {
          let org = INITIAL;
          const everPlanned = new Set(initialKeys);
          for (const edit of edits) {
            steps++;
            org = applyEdit(org, edit);
            writeSmallOrg(dir, org);
            const inState = [...run.keysInState().keys()];
            const after = synthStacks(dir, 'update');
            const planned = plannedKeys(after);
            planned.forEach((key) => everPlanned.add(key));

            const changes = run.plan(after);
            // No key is ever destroyed; exactly the keys that left are forgotten, the new ones created.
            expect(keyOutcomes(changes)).toEqual({
              destroyed: [],
              forgotten: inState.filter((k) => !planned.includes(k)),
              created: planned.filter((k) => !inState.includes(k)),
            });
            if (edit.kind === 'rename') expect(changes.filter((c) => c.outcome !== 'no-op')).toEqual([]);

            run.apply();
            expect([...run.keysInState().keys()]).toEqual(planned);
            // The ledger remembers every key any step produced.
            const ledger = readLedger(dir);
            for (const key of everPlanned) {
              const [stack, address] = key.split(' ');
              expect(ledger.get(stack)?.keys).toContain(address);
            }
          }
        } finally {
          run.dispose();
          removeFolder(dir);
        }
      }),
      { numRuns: PROPERTY_RUNS, endOnFailure: true },
    );
    console.log(`fast-check: ${PROPERTY_RUNS} runs, ${steps} applied edits, each planned and applied on Terraform`);
  });
});
