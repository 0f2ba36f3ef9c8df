/**
 * Which conditions scope a statement's principals to this organization, this account, or one AWS
 * service: the catalog's rule for every principal-`*` statement. Only positive operators count;
 * an `...IfExists` operator passes when the key is absent, so it scopes nothing.
 */
import { principalArnParts } from '../iam/iam-names';
import { sameKey, type ConditionEntry, type StatementView } from '../iam/policy-view';
import type { RenderedKey } from './rendered-key';

export type PrincipalScope = 'organization' | 'account' | 'service';

const EQUALS = new Set(['StringEquals']);
const ARN_MATCH = new Set(['StringEquals', 'StringLike', 'ArnEquals', 'ArnLike']);
const SINGLE_SERVICE = /^[a-z0-9-]+(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
const SINGLE_SERVICE_ANY_REGION = /^[a-z0-9-]+\.\*\.amazonaws\.com(\.cn)?$/;

export function principalScopes(statement: StatementView, key: RenderedKey): Set<PrincipalScope> {
  const scopes = new Set<PrincipalScope>();
  for (const entry of statement.conditions) {
    const scope = scopeOf(entry, key);
    if (scope !== undefined) scopes.add(scope);
  }
  return scopes;
}

/** How a finding says what would scope the statement. */
export function scopeAdvice(key: RenderedKey): string {
  const organization =
    key.organization.organizationId !== undefined
      ? `aws:PrincipalOrgID = ${key.organization.organizationId}`
      : 'aws:PrincipalAccount = the organization\'s account ids';
  return `StringEquals ${organization} (the organization), kms:CallerAccount or aws:PrincipalAccount = ${key.accountId} (this account), ` +
    'or kms:ViaService = one AWS service';
}

function scopeOf(entry: ConditionEntry, key: RenderedKey): PrincipalScope | undefined {
  const { values } = entry;
  if (values.length === 0) return undefined;
  const accounts = key.organization.accountIds;
  const accountScope = (ids: readonly string[]): PrincipalScope | undefined =>
    ids.every((id) => id === key.accountId) ? 'account' : ids.every((id) => accounts.includes(id)) ? 'organization' : undefined;

  if (EQUALS.has(entry.operator) && sameKey(entry.key, 'aws:PrincipalOrgID')) {
    const orgId = key.organization.organizationId;
    return orgId !== undefined && values.every((value) => value === orgId) ? 'organization' : undefined;
  }
  if (EQUALS.has(entry.operator) && (sameKey(entry.key, 'aws:PrincipalAccount') || sameKey(entry.key, 'kms:CallerAccount'))) {
    return accountScope(values);
  }
  if (ARN_MATCH.has(entry.operator) && sameKey(entry.key, 'aws:PrincipalArn')) {
    const parts = values.map(principalArnParts);
    if (parts.some((p) => p === undefined || p.partition !== key.partition)) return undefined;
    return accountScope(parts.map((p) => p?.account ?? ''));
  }
  if (sameKey(entry.key, 'kms:ViaService') && values.length === 1) {
    if (entry.operator === 'StringEquals' && SINGLE_SERVICE.test(values[0])) return 'service';
    if (entry.operator === 'StringLike' && (SINGLE_SERVICE.test(values[0]) || SINGLE_SERVICE_ANY_REGION.test(values[0]))) return 'service';
  }
  return undefined;
}
