/** applyBackend: each stack's own state, for each backend type. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CloudBackend, NamedCloudWorkspace, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import type { BackendSettings, CloudBackendSettings } from '../../modules/config/model';
import { NO_REMOTE_STATE, S3_LOCKFILE_TERRAFORM_VERSION, applyBackend } from '../../modules/stacks/backend';

const STACK = 'keys-111111111111-eu-west-1';

const CLOUD: CloudBackendSettings = {
  type: 'cloud',
  organization: 'acme',
  project: 'landing-zone',
  hostname: 'app.terraform.io',
  workspacePrefix: 'lz-keys-',
  runRoleName: 'LzKeysTerraformRun',
};

/** The `terraform` block of a stack whose state is set by applyBackend after `required_version >= 1.7.0`. */
function terraformBlock(backend: BackendSettings, name = STACK): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), name);
  stack.addOverride('terraform.required_version', '>= 1.7.0');
  applyBackend(stack, name, backend);
  return JSON.parse(Testing.synth(stack)).terraform;
}

describe('applyBackend', () => {
  it('local: a state file per stack in the project folder, by a relative path', () => {
    expect(terraformBlock({ type: 'local' })).toEqual({
      backend: { local: { path: `../../../terraform.${STACK}.tfstate` } },
      required_version: '>= 1.7.0',
    });
  });

  it('s3: a state object per stack, encrypted, with S3 native locking and the Terraform that has it', () => {
    const block = terraformBlock({ type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', keyPrefix: 'state/lz-keys' });
    expect(block).toEqual({
      backend: {
        s3: {
          bucket: 'acme-tfstate',
          region: 'eu-west-1',
          key: `state/lz-keys/${STACK}.tfstate`,
          encrypt: true,
          use_lockfile: true,
        },
      },
      required_version: S3_LOCKFILE_TERRAFORM_VERSION,
    });
  });

  it('cloud: a named workspace per stack, in the organization and project', () => {
    expect(terraformBlock(CLOUD)).toEqual({
      cloud: {
        organization: 'acme',
        hostname: 'app.terraform.io',
        workspaces: { name: `lz-keys-${STACK}`, project: 'landing-zone' },
      },
      required_version: '>= 1.7.0',
    });
  });

  it('cloud without a project: the workspace block names no project', () => {
    const { project: _omitted, ...withoutProject } = CLOUD;
    expect(terraformBlock(withoutProject)).toMatchObject({ cloud: { workspaces: { name: `lz-keys-${STACK}` } } });
    expect(JSON.stringify(terraformBlock(withoutProject))).not.toContain('project');
  });

  it('gives two stacks two different states with every backend type', () => {
    const other = 'keys-111111111111-eu-central-1';
    const backends: BackendSettings[] = [
      { type: 'local' },
      { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', keyPrefix: 'lz-keys' },
      CLOUD,
    ];
    for (const backend of backends) {
      expect(JSON.stringify(terraformBlock(backend, other))).not.toEqual(JSON.stringify(terraformBlock(backend)));
    }
  });
});

describe('the cloud block', () => {
  it('is what cdktf CloudBackend writes for the same settings, in JSON and in HCL', () => {
    // GIVEN a stack with cdktf's own CloudBackend (synthesized without its terraform-version check)
    const reference = new TerraformStack(Testing.app(), STACK);
    new CloudBackend(reference, {
      organization: 'acme',
      hostname: 'app.terraform.io',
      workspaces: new NamedCloudWorkspace(`lz-keys-${STACK}`, 'landing-zone'),
    });
    // AND one set by applyBackend
    const ours = new TerraformStack(Testing.app(), STACK);
    applyBackend(ours, STACK, CLOUD);
    // THEN both write the same block
    expect(JSON.parse(Testing.synth(ours)).terraform).toEqual(JSON.parse(Testing.synth(reference)).terraform);
    expect(Testing.synthHcl(ours)).toEqual(Testing.synthHcl(reference));
  });

});

describe('every backend', () => {
  it.each<BackendSettings>([
    { type: 'local' },
    { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', keyPrefix: 'lz-keys' },
    CLOUD,
  ])('refuses to be read by another stack ($type)', (backend) => {
    // GIVEN two stacks, the second using a value of the first
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-remote-state-'));
    const app = new App({ outdir });
    const first = new TerraformStack(app, STACK);
    applyBackend(first, STACK, backend);
    const value = new TerraformVariable(first, 'value', { type: 'string' });
    const second = new TerraformStack(app, 'keys-111111111111-eu-central-1');
    applyBackend(second, 'keys-111111111111-eu-central-1', backend);
    new TerraformOutput(second, 'copied', { value: value.stringValue });
    // WHEN the app is synthesized THEN cdktf's cross-stack reference (a terraform_remote_state) is refused
    try {
      expect(() => app.synth()).toThrow(NO_REMOTE_STATE);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
