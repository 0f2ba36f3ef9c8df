/**
 * plan: OrgModel → StackPlan[], a pure function. Every account×Region that holds at least one key
 * gets a stack plan; keys appear in catalog order.
 */
import { PREFIX_TAG, PURPOSE_TAG, STACK_TAG } from '../config/key-tags';
import type { Account, OrgModel, Tag } from '../config/model';
import { OPT_IN_REGIONS } from '../config/regions';
import { roleArn } from '../iam/iam-names';
import { KEY_CATALOG, aliasPrefix, parameterPrefix, stackName } from './catalog';
import { KEY_PRESENCE, consumersOf } from './key-presence';
import { keyPolicy } from './policies/key-policies';
import type { OrganizationScope, PolicyContext } from './policies/policy-context';
import { KEY_PURPOSES, type KeyPlan, type KeyPurpose, type OrganizationFacts, type StackPlan } from './types';

export function planStacks(model: OrgModel): StackPlan[] {
  const shared = sharedFacts(model);
  const stacks: StackPlan[] = [];
  for (const account of model.accounts) {
    for (const region of model.enabledRegions) {
      const purposes = KEY_PURPOSES.filter((purpose) => KEY_PRESENCE[purpose](model, account, region));
      if (purposes.length === 0) continue;
      stacks.push(planStack(model, shared, account, region, purposes));
    }
  }
  return stacks;
}

/** Computed once per organization, not once per stack. */
interface SharedFacts {
  readonly organization: OrganizationScope;
  readonly organizationFacts: OrganizationFacts;
  readonly auditAccountId: string;
  readonly enabledOptInRegions: readonly string[];
  readonly aliasPrefix: string;
  readonly parameterPrefix: string;
}

function sharedFacts(model: OrgModel): SharedFacts {
  const audit = model.accounts.find((a) => a.type === 'audit');
  if (audit === undefined) throw new Error('The model has no Audit account; loadOrgModel guarantees one.');
  return {
    organization:
      model.organizationEnabled && model.organizationId !== undefined
        ? { kind: 'organization', organizationId: model.organizationId }
        : { kind: 'accounts', accountIds: model.accounts.map((a) => a.id) },
    organizationFacts: organizationFacts(model),
    auditAccountId: audit.id,
    enabledOptInRegions: model.enabledRegions.filter((region) => OPT_IN_REGIONS.has(region)),
    aliasPrefix: aliasPrefix(model.prefix),
    parameterPrefix: parameterPrefix(model.prefix),
  };
}

function planStack(
  model: OrgModel,
  shared: SharedFacts,
  account: Account,
  region: string,
  purposes: readonly KeyPurpose[],
): StackPlan {
  const name = stackName(account.id, region);
  const ctx: PolicyContext = {
    partition: model.partition,
    accountId: account.id,
    region,
    prefix: model.prefix,
    organization: shared.organization,
    auditAccountId: shared.auditAccountId,
    controlTowerEnabled: model.controlTowerEnabled,
    securityServices: model.securityServices,
    enabledOptInRegions: shared.enabledOptInRegions,
  };
  const keys = purposes.map((purpose): KeyPlan => {
    const entry = KEY_CATALOG[purpose];
    return {
      purpose,
      module: entry.module,
      description: `${entry.description} (lz-keys, ${purpose})`,
      alias: `${shared.aliasPrefix}/${entry.aliasSuffix}`,
      parameterName: `${shared.parameterPrefix}/${entry.parameterSuffix}`,
      tags: keyTags(model, purpose, name),
      policy: keyPolicy(purpose, ctx),
    };
  });
  return {
    name,
    accountId: account.id,
    accountType: account.type,
    region,
    ...stackAccess(model, account.id),
    keys,
    consumers: consumersOf(model, account, region, purposes),
    organization: shared.organizationFacts,
    policyRuleSuppressions: model.policyRuleSuppressions,
  };
}

/** What the policy rules need to know of the organization; the same for every stack of a run. */
export function organizationFacts(model: OrgModel): OrganizationFacts {
  return {
    ...(model.organizationEnabled && model.organizationId !== undefined ? { organizationId: model.organizationId } : {}),
    accountIds: model.accounts.map((a) => a.id),
  };
}

/**
 * How a stack reaches its account and state: partition, assumed role, backend. An account no
 * longer in the configuration is reached through managementAccountAccessRole like any member
 * account (the Management account cannot leave), so its stack can still forget its keys.
 */
export function stackAccess(model: OrgModel, accountId: string): Pick<StackPlan, 'partition' | 'assumeRoleArn' | 'backend'> {
  const account = model.accounts.find((a) => a.id === accountId);
  // With Terraform Cloud the workspace's run role is already in the account: nothing to assume.
  // An account that left the configuration cannot have been Management: it assumes the access role.
  const assumeRoleName =
    model.backend.type === 'cloud'
      ? undefined
      : account?.type === 'management' ? model.managementAccountRoleName : model.managementAccountAccessRole;
  return {
    partition: model.partition,
    ...(assumeRoleName !== undefined ? { assumeRoleArn: roleArn(model.partition, accountId, assumeRoleName) } : {}),
    backend: model.backend,
  };
}

function keyTags(model: OrgModel, purpose: KeyPurpose, stack: string): Tag[] {
  return [
    { key: PREFIX_TAG, value: model.prefix },
    ...model.tags,
    { key: PURPOSE_TAG, value: purpose },
    { key: STACK_TAG, value: stack },
  ];
}
