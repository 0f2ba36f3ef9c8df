/**
 * With a Terraform Cloud backend, one more stack declares every stack's workspace. Its own state
 * lives in the workspace `<workspacePrefix>workspaces` of the same organization and project, run
 * with local execution: the tfe provider then uses the operator's own Terraform Cloud token.
 */
import { TerraformStack, type App } from 'cdktf';
import type { Construct } from 'constructs';
import { DataTfeProject } from '@cdktf/provider-tfe/lib/data-tfe-project';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import type { CloudBackendSettings, OrgModel } from '../config/model';
import { applyBackend } from '../stacks/backend';
import { StackWorkspace } from './stack-workspace';
import { WORKSPACES_STACK_NAME, planWorkspaces, type WorkspacePlan } from './workspace-plan';

export interface WorkspacesStackProps {
  readonly backend: CloudBackendSettings;
  readonly workspaces: readonly WorkspacePlan[];
}

export class WorkspacesStack extends TerraformStack {
  public readonly workspaces: readonly StackWorkspace[];

  constructor(scope: Construct, props: WorkspacesStackProps) {
    super(scope, WORKSPACES_STACK_NAME);
    const { backend } = props;
    new TfeProvider(this, 'tfe', { hostname: backend.hostname, organization: backend.organization });
    applyBackend(this, WORKSPACES_STACK_NAME, backend);

    // Looked up, not declared: the project (and who may use it) belongs to the organization's
    // owners, and the token that applies this stack needs no right to create projects.
    let projectId: string | undefined;
    if (backend.project !== undefined) {
      const project = new DataTfeProject(this, 'project', { name: backend.project, organization: backend.organization });
      project.overrideLogicalId('project');
      projectId = project.id;
    }
    this.workspaces = props.workspaces.map(
      (plan) => new StackWorkspace(this, { plan, organization: backend.organization, ...(projectId !== undefined ? { projectId } : {}) }),
    );
  }
}

/**
 * Adds the workspaces stack when the backend is Terraform Cloud. `stackNames` are every stack that
 * keeps state (rendered keys stacks and tombstones); each gets its workspace.
 */
export function renderWorkspaces(app: App, model: OrgModel, stackNames: readonly string[]): WorkspacesStack | undefined {
  if (model.backend.type !== 'cloud') return undefined;
  const workspaces = planWorkspaces({
    backend: model.backend,
    partition: model.partition,
    accountTypes: new Map(model.accounts.map((account) => [account.id, account.type])),
    stackNames,
  });
  return new WorkspacesStack(app, { backend: model.backend, workspaces });
}
