/** WorkspacesStack: every stack's Terraform Cloud workspace, retained, with AWS dynamic credentials. */
import { Testing } from 'cdktf';
import { DataTfeProject } from '@cdktf/provider-tfe/lib/data-tfe-project';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Variable } from '@cdktf/provider-tfe/lib/variable';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { WorkspaceSettings } from '@cdktf/provider-tfe/lib/workspace-settings';
import type { CloudBackendSettings } from '../../modules/config/model';
import { planWorkspaces } from '../../modules/workspaces/workspace-plan';
import { WorkspacesStack } from '../../modules/workspaces/workspaces-stack';

const BACKEND: CloudBackendSettings = {
  type: 'cloud',
  organization: 'acme',
  project: 'landing-zone',
  hostname: 'tfe.example.com',
  workspacePrefix: 'lz-keys-',
  runRoleName: 'LzKeysTerraformRun',
};

const STACKS = ['keys-111111111111-eu-west-1', 'keys-222222222222-eu-west-1', 'keys-222222222222-eu-central-1'];

function synthWorkspaces(backend: CloudBackendSettings = BACKEND, stackNames: readonly string[] = STACKS): string {
  const workspaces = planWorkspaces({
    backend,
    partition: 'aws',
    accountTypes: new Map([['111111111111', 'management'], ['222222222222', 'workload']]),
    stackNames,
  });
  return Testing.synth(new WorkspacesStack(Testing.app(), { backend, workspaces }));
}

describe('WorkspacesStack', () => {
  const synthesized = synthWorkspaces();
  const json = JSON.parse(synthesized);

  it('declares each stack workspace by name in the organization and the looked-up project', () => {
    expect(synthesized).toHaveProviderWithProperties(TfeProvider, { hostname: 'tfe.example.com', organization: 'acme' });
    expect(synthesized).toHaveDataSourceWithProperties(DataTfeProject, { name: 'landing-zone', organization: 'acme' });
    expect(synthesized).toHaveResourceWithProperties(Workspace, {
      name: 'lz-keys-keys-222222222222-eu-central-1',
      organization: 'acme',
      project_id: '${data.tfe_project.project.id}',
      working_directory: '',
      tags: { account: '222222222222', region: 'eu-central-1', 'account-type': 'workload' },
    });
  });

  it('declares exactly the given stacks, at addresses derived from their names', () => {
    expect(Object.keys(json.resource.tfe_workspace).sort()).toEqual([
      'keys_111111111111_eu_west_1',
      'keys_222222222222_eu_central_1',
      'keys_222222222222_eu_west_1',
    ]);
    expect(Object.values(json.resource.tfe_workspace).map((w) => (w as { name: string }).name).sort()).toEqual(
      STACKS.map((name) => `lz-keys-${name}`).sort(),
    );
  });

  it('retains every workspace: losing one loses the record of its keys', () => {
    for (const workspace of Object.values(json.resource.tfe_workspace)) {
      expect(workspace).toMatchObject({ lifecycle: { prevent_destroy: true } });
    }
  });

  it('runs every workspace remotely with AWS dynamic credentials for the run role in its own account', () => {
    expect(synthesized).toHaveResourceWithProperties(WorkspaceSettings, {
      workspace_id: '${tfe_workspace.keys_111111111111_eu_west_1.id}',
      execution_mode: 'remote',
    });
    expect(synthesized).toHaveResourceWithProperties(Variable, {
      workspace_id: '${tfe_workspace.keys_111111111111_eu_west_1.id}',
      category: 'env',
      key: 'TFC_AWS_PROVIDER_AUTH',
      value: 'true',
    });
    expect(synthesized).toHaveResourceWithProperties(Variable, {
      workspace_id: '${tfe_workspace.keys_111111111111_eu_west_1.id}',
      category: 'env',
      key: 'TFC_AWS_RUN_ROLE_ARN',
      value: 'arn:aws:iam::111111111111:role/LzKeysTerraformRun',
    });
    expect(Object.keys(json.resource.tfe_variable)).toHaveLength(2 * STACKS.length);
    expect(Object.keys(json.resource.tfe_workspace_settings)).toHaveLength(STACKS.length);
  });

  it('keeps its own state in the workspace <prefix>workspaces of the same organization and project', () => {
    expect(json.terraform.cloud).toEqual({
      organization: 'acme',
      hostname: 'tfe.example.com',
      workspaces: { name: 'lz-keys-workspaces', project: 'landing-zone' },
    });
  });

  it('looks up no project and sets none when the backend names none', () => {
    // GIVEN a cloud backend without project
    const { project: _omitted, ...withoutProject } = BACKEND;
    const defaultProject = synthWorkspaces(withoutProject);
    // THEN the workspaces go to the organization's default project
    expect(defaultProject).not.toHaveDataSource(DataTfeProject);
    expect(defaultProject).not.toContain('project_id');
  });
});
