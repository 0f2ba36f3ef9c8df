/**
 * A key policy with its account and Region replaced by placeholders, so keys whose policies differ
 * only there share one table: 1,000 accounts' cloudwatch keys are one group, not 1,000 tables.
 * The replacement is reversible (`instantiate`), which the tests prove for every planned key.
 */

export const ACCOUNT = '{account}';
export const REGION = '{region}';
/** A condition listing every account of the configuration (IN_ORG without an organization). */
export const ORGANIZATION_ACCOUNTS = '{organization-accounts}';

export interface KeyInstance {
  readonly accountId: string;
  readonly region: string;
}

export function policyTemplate(policy: unknown, instance: KeyInstance, organizationAccounts: readonly string[]): unknown {
  const account = new RegExp(`(?<!\\d)${instance.accountId}(?!\\d)`, 'g');
  const region = new RegExp(`(?<![A-Za-z0-9-])${instance.region}(?![0-9])`, 'g');
  const all = new Set(organizationAccounts);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(account, ACCOUNT).replace(region, REGION);
    if (Array.isArray(value)) {
      const isOrganizationList = value.length === all.size && value.every((item) => typeof item === 'string' && all.has(item));
      return isOrganizationList ? ORGANIZATION_ACCOUNTS : value.map(walk);
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [walk(k) as string, walk(v)]));
    }
    return value;
  };
  return walk(policy);
}

/** The inverse of policyTemplate: a group's template for one of its keys. */
export function instantiate(template: unknown, instance: KeyInstance, organizationAccounts: readonly string[]): unknown {
  const walk = (value: unknown): unknown => {
    if (value === ORGANIZATION_ACCOUNTS) return [...organizationAccounts];
    if (typeof value === 'string') return value.split(ACCOUNT).join(instance.accountId).split(REGION).join(instance.region);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [walk(k) as string, walk(v)]));
    }
    return value;
  };
  return walk(template);
}
