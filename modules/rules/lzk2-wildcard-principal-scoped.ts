/**
 * LZK2: no Allow to principal `*` unless a condition scopes it to the organization, this account
 * or one AWS service (the catalog's last rule). An unscoped `*` is every AWS account in the world.
 */
import { statementName } from '../iam/policy-view';
import { checkEachAllow, type PolicyRule } from './policy-rule';
import { principalScopes, scopeAdvice } from './principal-scope';

export const LZK2_WILDCARD_PRINCIPAL_SCOPED: PolicyRule = {
  id: 'LZK2',
  name: 'wildcard principal scoped',
  severity: 'error',
  explanation:
    'An Allow to principal "*" must carry a condition that limits it to this organization (aws:PrincipalOrgID, ' +
    'or aws:PrincipalAccount with the account list when the organization is off), this account (kms:CallerAccount, ' +
    'aws:PrincipalAccount, or aws:PrincipalArn in this account) or one AWS service (kms:ViaService).',
  check: (key) =>
    checkEachAllow(key, (statement) => {
      if (statement.notPrincipal !== undefined) {
        return [`${statementName(statement)} uses NotPrincipal in an Allow, which grants every principal not listed`];
      }
      if (statement.principal?.any === true && principalScopes(statement, key).size === 0) {
        return [`${statementName(statement)} allows principal "*" without a scoping condition; add ${scopeAdvice(key)}`];
      }
      return [];
    }),
};
