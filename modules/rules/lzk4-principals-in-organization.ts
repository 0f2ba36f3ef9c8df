/**
 * LZK4: every principal an Allow names is an account of the organization (its root, a role, a
 * user) or an AWS service. A key shared with an outside account is a leak waiting for a bucket.
 */
import { accountOfPrincipal, isServicePrincipal, principalArnParts } from '../iam/iam-names';
import { statementName } from '../iam/policy-view';
import { checkEachAllow, type PolicyRule } from './policy-rule';
import type { RenderedKey } from './rendered-key';

export const LZK4_PRINCIPALS_IN_ORGANIZATION: PolicyRule = {
  id: 'LZK4',
  name: 'principals inside the organization',
  severity: 'error',
  explanation:
    'An Allow may name only accounts of the organization (their ids, roots, roles or users, in this partition) and AWS ' +
    'service principals; principal "*" is LZK2\'s, NotPrincipal and federated principals are not accepted.',
  check: (key) =>
    checkEachAllow(key, (statement) => {
      const outside = [
        ...(statement.notPrincipal !== undefined ? ['NotPrincipal (everyone not listed)'] : []),
        ...(statement.principal?.aws ?? []).filter((principal) => !awsPrincipalInside(principal, key)),
        ...(statement.principal?.services ?? []).filter((service) => !isServicePrincipal(service, key.partition)),
        ...(statement.principal?.others ?? []),
      ];
      return outside.length > 0 ? [`${statementName(statement)} allows ${outside.join(', ')}, outside the organization`] : [];
    }),
};

function awsPrincipalInside(principal: string, key: RenderedKey): boolean {
  const parts = principalArnParts(principal);
  if (parts !== undefined && parts.partition !== key.partition) return false;
  const account = accountOfPrincipal(principal);
  return account !== undefined && key.organization.accountIds.includes(account);
}
