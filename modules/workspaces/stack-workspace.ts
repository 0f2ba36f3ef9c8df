/**
 * One stack's Terraform Cloud workspace: the workspace (retained), its execution mode, and the
 * environment variables that give its runs AWS dynamic provider credentials in the stack's account.
 * Every resource is named after the stack, so a workspace's address never moves.
 */
import { Construct } from 'constructs';
import { Variable } from '@cdktf/provider-tfe/lib/variable';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { WorkspaceSettings } from '@cdktf/provider-tfe/lib/workspace-settings';
import type { WorkspacePlan } from './workspace-plan';

/** Dynamic provider credentials work only in runs on Terraform Cloud's own workers (or agents). */
export const WORKSPACE_EXECUTION_MODE = 'remote';

/**
 * cdktf runs Terraform in cdktf.out/stacks/<stack>/, a self-contained folder. For CLI-driven runs
 * Terraform uploads that folder minus the workspace's working directory: the empty working
 * directory uploads the stack alone, `stacks/<stack>` would upload every stack, and
 * `cdktf.out/stacks/<stack>` the whole project with node_modules.
 */
export const WORKSPACE_WORKING_DIRECTORY = '';

export const TFC_AWS_PROVIDER_AUTH = 'TFC_AWS_PROVIDER_AUTH';
export const TFC_AWS_RUN_ROLE_ARN = 'TFC_AWS_RUN_ROLE_ARN';

export interface StackWorkspaceProps {
  readonly plan: WorkspacePlan;
  readonly organization: string;
  /** undefined = the organization's default project. */
  readonly projectId?: string;
}

export class StackWorkspace extends Construct {
  public readonly workspace: Workspace;

  constructor(scope: Construct, props: StackWorkspaceProps) {
    const { plan, organization, projectId } = props;
    super(scope, plan.stackName);
    this.workspace = new Workspace(this, 'workspace', {
      name: plan.name,
      organization,
      ...(projectId !== undefined ? { projectId } : {}),
      description: plan.description,
      tags: { ...plan.tags },
      workingDirectory: WORKSPACE_WORKING_DIRECTORY,
      lifecycle: { preventDestroy: true },
    });
    this.workspace.overrideLogicalId(plan.address);

    const settings = new WorkspaceSettings(this, 'settings', {
      workspaceId: this.workspace.id,
      executionMode: WORKSPACE_EXECUTION_MODE,
    });
    settings.overrideLogicalId(plan.address);

    const environment: ReadonlyArray<readonly [string, string, string]> = [
      ['aws_provider_auth', TFC_AWS_PROVIDER_AUTH, 'true'],
      ['aws_run_role_arn', TFC_AWS_RUN_ROLE_ARN, plan.runRoleArn],
    ];
    for (const [suffix, key, value] of environment) {
      const variable = new Variable(this, suffix, {
        workspaceId: this.workspace.id,
        category: 'env',
        key,
        value,
        description: 'AWS dynamic provider credentials (lz-keys)',
      });
      variable.overrideLogicalId(`${plan.address}_${suffix}`);
    }
  }
}
