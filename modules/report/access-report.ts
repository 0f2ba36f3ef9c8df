/**
 * The access report's model: every planned key, grouped by purpose and policy template, each
 * group with its access rows and the keys it stands for. Pure: OrgModel and stack plans in,
 * data out; the renderers only format it.
 */
import type { OrgModel } from '../config/model';
import { keyAddress } from '../plan/addresses';
import { KEY_CATALOG } from '../plan/catalog';
import { KEY_PURPOSES, type KeyPurpose, type StackPlan } from '../plan/types';
import { accessRows, type AccessRow } from './access-rows';
import { accountWords, type WordContext } from './plain-words';
import { ACCOUNT, REGION, policyTemplate } from './policy-template';

export interface ReportedKey {
  readonly stack: string;
  readonly address: string;
  readonly accountId: string;
  readonly accountName: string;
  readonly region: string;
}

export interface KeyGroup {
  readonly purpose: KeyPurpose;
  readonly description: string;
  readonly alias: string;
  readonly parameterName: string;
  /** The policy with `{account}`, `{region}` and `{organization-accounts}` placeholders. */
  readonly policyTemplate: unknown;
  /** Largest policy of the group, in bytes, as KMS receives it. */
  readonly policyBytes: number;
  readonly rows: readonly AccessRow[];
  readonly keys: readonly ReportedKey[];
}

export interface AccessReport {
  readonly organizationId?: string;
  readonly accounts: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly regions: readonly string[];
  readonly groups: readonly KeyGroup[];
}

export function buildAccessReport(model: OrgModel, stacks: readonly StackPlan[]): AccessReport {
  const names = new Map(model.accounts.map((account) => [account.id, account.name]));
  const accountIds = model.accounts.map((account) => account.id);
  const pending = new Map<string, { purpose: KeyPurpose; alias: string; parameterName: string; template: unknown; bytes: number; keys: ReportedKey[] }>();
  for (const stack of stacks) {
    for (const key of stack.keys) {
      const template = policyTemplate(key.policy, stack, accountIds);
      const id = JSON.stringify([key.purpose, key.alias, key.parameterName, template]);
      const group = pending.get(id) ?? { purpose: key.purpose, alias: key.alias, parameterName: key.parameterName, template, bytes: 0, keys: [] };
      group.bytes = Math.max(group.bytes, Buffer.byteLength(JSON.stringify(key.policy), 'utf8'));
      group.keys.push({
        stack: stack.name,
        address: keyAddress(key.purpose),
        accountId: stack.accountId,
        accountName: names.get(stack.accountId) ?? stack.accountId,
        region: stack.region,
      });
      pending.set(id, group);
    }
  }
  const groups = [...pending.values()].map((group): KeyGroup => ({
    purpose: group.purpose,
    description: KEY_CATALOG[group.purpose].description,
    alias: group.alias,
    parameterName: group.parameterName,
    policyTemplate: group.template,
    policyBytes: group.bytes,
    rows: accessRows(group.template, wordsFor(group.keys, accountIds.length, names)),
    keys: group.keys,
  }));
  // Catalog order; a purpose's groups in plan order (Map keeps insertion order, sort is stable).
  groups.sort((a, b) => KEY_PURPOSES.indexOf(a.purpose) - KEY_PURPOSES.indexOf(b.purpose));
  return {
    ...(model.organizationEnabled && model.organizationId !== undefined ? { organizationId: model.organizationId } : {}),
    accounts: model.accounts.map((account) => ({ id: account.id, name: account.name })),
    regions: model.enabledRegions,
    groups,
  };
}

/** A group of one account (or Region) names it; a larger one says "this account" and lists its keys. */
function wordsFor(keys: readonly ReportedKey[], organizationAccountCount: number, names: ReadonlyMap<string, string>): WordContext {
  const accounts = new Set(keys.map((key) => key.accountId));
  const regions = new Set(keys.map((key) => key.region));
  const account = accounts.size === 1 ? [...accounts][0] : '<account>';
  const region = regions.size === 1 ? [...regions][0] : '<region>';
  const base: WordContext = {
    organizationAccountCount,
    accountName: (id) => names.get(id),
    account: 'this account',
    region: 'this Region',
    literal: (text) => text.split(ACCOUNT).join(account).split(REGION).join(region),
  };
  return {
    ...base,
    account: accounts.size === 1 ? accountWords(account, base) : base.account,
    region: regions.size === 1 ? region : base.region,
  };
}
