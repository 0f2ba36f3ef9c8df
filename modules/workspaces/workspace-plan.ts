/**
 * Which Terraform Cloud workspaces to declare, as data: one per stack name given, whether the
 * stack still holds keys or is a tombstone kept only to forget them. A workspace is never dropped
 * from the list while its stack exists: losing it loses the record of the keys it manages.
 */
import type { AccountType, CloudBackendSettings, Partition } from '../config/model';
import { roleArn } from '../iam/iam-names';
import { parseStackName } from '../plan/catalog';
import { workspaceName } from '../stacks/backend';

/** The stack that declares the workspaces; `cdktf deploy 'keys-*'` does not match it. */
export const WORKSPACES_STACK_NAME = 'workspaces';

/** Key-value tags on each workspace, to find an account's or a Region's workspaces. */
export const WORKSPACE_TAG_KEYS = { account: 'account', region: 'region', accountType: 'account-type' } as const;

export interface WorkspacePlan {
  readonly stackName: string;
  /** Terraform name of the workspace's resources: the stack name with `_` for `-`, never a hash. */
  readonly address: string;
  readonly name: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  /** The role the workspace's runs assume in the stack's account (AWS dynamic provider credentials). */
  readonly runRoleArn: string;
}

export interface WorkspacePlanInput {
  readonly backend: CloudBackendSettings;
  readonly partition: Partition;
  /** Account types by account id; an account no longer configured (a tombstone's) has none. */
  readonly accountTypes: ReadonlyMap<string, AccountType>;
  /** Every stack that keeps state: the rendered `keys-*` stacks, tombstones included. */
  readonly stackNames: readonly string[];
}

/** Sorted by stack name, so the output does not depend on the order stacks were rendered in. */
export function planWorkspaces(input: WorkspacePlanInput): WorkspacePlan[] {
  const { backend, partition, accountTypes } = input;
  return [...new Set(input.stackNames)].sort().map((stackName): WorkspacePlan => {
    const parsed = parseStackName(stackName);
    if (parsed === undefined) {
      throw new Error(`Cannot declare a workspace for "${stackName}": only keys-<account id>-<Region> stacks have one.`);
    }
    const { accountId, region } = parsed;
    const accountType = accountTypes.get(accountId);
    return {
      stackName,
      address: stackName.replace(/-/g, '_'),
      name: workspaceName(backend, stackName),
      description: `lz-keys: KMS keys of account ${accountId} in ${region} (stack ${stackName}).`,
      tags: {
        [WORKSPACE_TAG_KEYS.account]: accountId,
        [WORKSPACE_TAG_KEYS.region]: region,
        ...(accountType !== undefined ? { [WORKSPACE_TAG_KEYS.accountType]: accountType } : {}),
      },
      runRoleArn: roleArn(partition, accountId, backend.runRoleName),
    };
  });
}
