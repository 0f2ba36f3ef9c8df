/**
 * Each stack's state lives apart from every other's, and no stack reads another's: stacks share
 * nothing but configuration, so any number of them can plan and apply in parallel.
 * - local: a file in the project folder, outside cdktf.out (cdktf deletes stack folders it no
 *   longer synthesizes), with a relative path so the JSON holds no absolute path;
 * - s3: one object per stack, `<keyPrefix>/<stack>.tfstate`, encrypted, with S3 native locking;
 * - cloud: one Terraform Cloud workspace per stack, `<workspacePrefix><stack>`.
 * Every stack that holds keys, tombstones included, gets its state through applyBackend.
 */
import {
  LocalBackend,
  NamedCloudWorkspace,
  S3Backend,
  TerraformBackend,
  getHostNameType,
  type TerraformRemoteState,
  type TerraformStack,
} from 'cdktf';
import { deepMerge } from 'cdktf/lib/util';
import type { Construct } from 'constructs';
import type { BackendSettings, CloudBackendSettings } from '../config/model';

/** `use_lockfile` (S3 native locking) is generally available from Terraform 1.11 on. */
export const S3_LOCKFILE_TERRAFORM_VERSION = '>= 1.11.0';

/** cdktf runs Terraform in cdktf.out/stacks/<stack>/; three levels up is the project folder. */
export function localStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

export function s3StateKey(keyPrefix: string, stackName: string): string {
  return `${keyPrefix}/${stackName}.tfstate`;
}

export function workspaceName(backend: CloudBackendSettings, stackName: string): string {
  return `${backend.workspacePrefix}${stackName}`;
}

/**
 * Call after the stack has set its own `terraform.required_version`: the S3 backend raises it to
 * the version that knows `use_lockfile`, so an older Terraform stops with a version message.
 */
export function applyBackend(stack: TerraformStack, stackName: string, backend: BackendSettings): void {
  switch (backend.type) {
    case 'local':
      new OwnLocalState(stack, { path: localStatePath(stackName) });
      return;
    case 's3': {
      const s3 = new OwnS3State(stack, {
        bucket: backend.bucket,
        region: backend.region,
        key: s3StateKey(backend.keyPrefix, stackName),
        encrypt: true,
      });
      // cdktf 0.21's S3BackendConfig predates S3 native locking.
      s3.addOverride('use_lockfile', true);
      stack.addOverride('terraform.required_version', S3_LOCKFILE_TERRAFORM_VERSION);
      return;
    }
    case 'cloud':
      new NamedWorkspaceCloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspace: new NamedCloudWorkspace(workspaceName(backend, stackName), backend.project),
      });
      return;
  }
}

export const NO_REMOTE_STATE =
  "lz-keys stacks never read one another's state (a cross-stack reference would): every stack must be able to run on its own.";

/** cdktf turns a cross-stack reference into a terraform_remote_state of the referenced stack's backend; these refuse. */
class OwnLocalState extends LocalBackend {
  public getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error(NO_REMOTE_STATE);
  }
}

class OwnS3State extends S3Backend {
  public getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error(NO_REMOTE_STATE);
  }
}

export interface NamedWorkspaceCloudBackendProps {
  readonly organization: string;
  readonly hostname: string;
  readonly workspace: NamedCloudWorkspace;
}

/**
 * The `cloud` block exactly as cdktf's CloudBackend writes it (a test holds the two equal), minus
 * the `terraform version` subprocess CloudBackend starts for every stack at synth: 90 ms a stack
 * (27 s for 300 stacks) and a failed synth wherever Terraform is not installed.
 */
export class NamedWorkspaceCloudBackend extends TerraformBackend {
  private readonly props: NamedWorkspaceCloudBackendProps;

  constructor(scope: Construct, props: NamedWorkspaceCloudBackendProps) {
    super(scope, 'backend', 'cloud');
    this.props = props;
  }

  public toTerraform(): unknown {
    const { organization, hostname, workspace } = this.props;
    return { terraform: { cloud: deepMerge({ organization, hostname, workspaces: workspace.toTerraform() }, this.rawOverrides) } };
  }

  public toHclTerraform(): unknown {
    const { organization, hostname, workspace } = this.props;
    const workspaces = { value: workspace.toHclTerraform(), isBlock: true, type: 'map', storageClassType: 'stringmap' };
    return { terraform: { cloud: deepMerge({ organization, hostname, workspaces }, this.rawOverrides) } };
  }

  public toMetadata(): unknown {
    return { ...(super.toMetadata() as object), cloud: getHostNameType(this.props.hostname) };
  }

  public getRemoteStateDataSource(): TerraformRemoteState {
    throw new Error(NO_REMOTE_STATE);
  }
}
