/**
 * The synthesized app, for each backend type: every keys stack has its own state, no stack reads
 * another's, and with Terraform Cloud the workspaces stack declares exactly the keys stacks.
 */
import { ALL_ENABLED, EXAMPLE_CONFIG, EXAMPLE_SETTINGS, copyConfig } from '../helpers/fixtures';
import { synthApp } from '../helpers/run-app';
import type { StackJson } from '../helpers/synth';


const KEYS_STACK = /^keys-\d{12}-[a-z0-9-]+$/;
const MANAGEMENT_ACCOUNT = '100000000001';

function keysStacks(stacks: Map<string, StackJson>): Array<[string, StackJson]> {
  return [...stacks].filter(([name]) => KEYS_STACK.test(name));
}

/** Every synthesized stack, the workspaces stack included, reads no other stack's state. */
function expectNoRemoteState(stacks: Map<string, StackJson>): void {
  for (const [name, json] of stacks) {
    expect({ name, dataSources: Object.keys(json.data ?? {}) }).not.toMatchObject({
      dataSources: expect.arrayContaining(['terraform_remote_state']),
    });
    expect(JSON.stringify(json)).not.toContain('terraform_remote_state');
  }
}

function expectDistinct(values: readonly string[]): void {
  expect(new Set(values).size).toBe(values.length);
}

describe('local state', () => {
  let stacks: Map<string, StackJson>;
  beforeAll(() => {
    stacks = synthApp(copyConfig(EXAMPLE_CONFIG, { terraformConfig: EXAMPLE_SETTINGS }));
  });

  it('gives every keys stack its own state file and adds no workspaces stack', () => {
    const keys = keysStacks(stacks);
    expect(keys.length).toBe(stacks.size);
    for (const [name, json] of keys) {
      expect(json.terraform.backend).toEqual({ local: { path: `../../../terraform.${name}.tfstate` } });
    }
  });

  it('keeps assuming the access role in each account', () => {
    const workload = stacks.get('keys-100000000004-eu-west-1');
    expect(workload?.provider.aws[0].assume_role).toEqual([
      { role_arn: 'arn:aws:iam::100000000004:role/AWSControlTowerExecution', session_name: 'lz-keys' },
    ]);
  });

  it('has no terraform_remote_state in any stack', () => expectNoRemoteState(stacks));
});

describe('S3 state', () => {
  let stacks: Map<string, StackJson>;
  beforeAll(() => {
    stacks = synthApp(
      copyConfig(EXAMPLE_CONFIG, { terraformConfig: `${EXAMPLE_SETTINGS}backend:\n  type: s3\n  bucket: acme-tfstate\n  region: eu-west-1\n  keyPrefix: org/lz-keys\n` }),
    );
  });

  it('gives every keys stack its own object, encrypted and locked with S3 native locking', () => {
    const keys = keysStacks(stacks);
    expect(keys.length).toBe(stacks.size);
    for (const [name, json] of keys) {
      expect(json.terraform.backend).toEqual({
        s3: { bucket: 'acme-tfstate', region: 'eu-west-1', key: `org/lz-keys/${name}.tfstate`, encrypt: true, use_lockfile: true },
      });
      expect(json.terraform.required_version).toBe('>= 1.11.0');
    }
    expectDistinct(keys.map(([, json]) => json.terraform.backend.s3.key));
  });

  it('has no terraform_remote_state in any stack', () => expectNoRemoteState(stacks));
});

describe('Terraform Cloud state', () => {
  let stacks: Map<string, StackJson>;
  let keys: Array<[string, StackJson]>;
  let workspaces: StackJson | undefined;
  beforeAll(() => {
    stacks = synthApp(
      copyConfig(EXAMPLE_CONFIG, { terraformConfig: `${EXAMPLE_SETTINGS}backend:\n  type: cloud\n  organization: acme\n  project: landing-zone\n` }),
    );
    keys = keysStacks(stacks);
    workspaces = stacks.get('workspaces');
  });

  it('gives every keys stack its own named workspace in the organization and project', () => {
    expect(keys.length).toBe(stacks.size - 1);
    for (const [name, json] of keys) {
      expect(json.terraform.cloud).toEqual({
        organization: 'acme',
        hostname: 'app.terraform.io',
        workspaces: { name: `lz-keys-${name}`, project: 'landing-zone' },
      });
      expect(json.terraform.backend).toBeUndefined();
    }
  });

  it('declares exactly the keys stacks as workspaces, each retained', () => {
    const declared = Object.values(workspaces?.resource.tfe_workspace ?? {}) as Array<{ name: string; lifecycle: unknown }>;
    expect(declared.map((workspace) => workspace.name).sort()).toEqual(keys.map(([name]) => `lz-keys-${name}`).sort());
    for (const workspace of declared) expect(workspace.lifecycle).toEqual({ prevent_destroy: true });
  });

  it('lets each workspace run as the run role of its own account, assuming no other role', () => {
    const roleArns = Object.values(workspaces?.resource.tfe_variable ?? {})
      .filter((variable) => (variable as { key: string }).key === 'TFC_AWS_RUN_ROLE_ARN')
      .map((variable) => (variable as { value: string }).value);
    expect(roleArns.sort()).toEqual(keys.map(([, json]) => `arn:aws:iam::${json.provider.aws[0].allowed_account_ids[0]}:role/LzKeysTerraformRun`).sort());
    for (const [, json] of keys) expect(json.provider.aws[0].assume_role).toBeUndefined();
    expect(stacks.get(`keys-${MANAGEMENT_ACCOUNT}-eu-west-1`)?.provider.aws[0].allowed_account_ids).toEqual([MANAGEMENT_ACCOUNT]);
  });

  it('has no terraform_remote_state in any stack, the workspaces stack included', () => expectNoRemoteState(stacks));
});

describe('Terraform Cloud state for a real LZA configuration', () => {
  // GIVEN LZA's all-enabled test configuration, unchanged, with a cloud backend and no workspace prefix
  let stacks: Map<string, StackJson>;
  beforeAll(() => {
    stacks = synthApp(
      copyConfig(ALL_ENABLED, { terraformConfig: 'organizationId: o-asdf123456\nbackend:\n  type: cloud\n  organization: acme\n  workspacePrefix: ""\n' }),
      // LZA's set has no key ledger: this first synth records its keys.
      { LZ_KEYS_LEDGER: 'update' },
    );
  });

  it('declares one workspace per keys stack, named after the stack', () => {
    const keys = keysStacks(stacks).map(([name]) => name);
    expect(keys.length).toBeGreaterThan(0);
    const declared = Object.values(stacks.get('workspaces')?.resource.tfe_workspace ?? {}).map((w) => (w as { name: string }).name);
    expect(declared.sort()).toEqual(keys.sort());
    expectDistinct(declared);
  });

  it('has no terraform_remote_state in any stack', () => expectNoRemoteState(stacks));
});
