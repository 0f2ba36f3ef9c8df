/**
 * LZK1: the policy is literal JSON and its first statement gives the account root `kms:*` on `*`,
 * unconditionally. Without it KMS refuses the policy (lockout safety) or the key becomes
 * unmanageable; with a template in it, what was checked is not what is applied.
 */
import { accountRootArn, isAccountRoot } from '../iam/iam-names';
import { statementName, type StatementView } from '../iam/policy-view';
import { fromFindings, type PolicyRule } from './policy-rule';
import type { RenderedKey } from './rendered-key';

export const LZK1_ROOT_STATEMENT_FIRST: PolicyRule = {
  id: 'LZK1',
  name: 'literal policy, account root statement first',
  severity: 'error',
  explanation:
    'The policy must be a literal JSON string whose first statement allows the account root kms:* on Resource "*" ' +
    'without conditions (the key catalog\'s root statement), so the key stays manageable and the checked policy is the applied one.',
  check: (key) => {
    const { policy } = key;
    switch (policy.kind) {
      case 'missing':
        return fromFindings(['the key has no policy; KMS would apply its default policy instead of the catalog\'s']);
      case 'not-literal':
      case 'invalid':
        return fromFindings([policy.problem]);
      case 'ok': {
        const first = policy.statements[0];
        return fromFindings(first === undefined ? ['the policy has no statements'] : rootStatementProblems(first, key));
      }
    }
  },
};

function rootStatementProblems(first: StatementView, key: RenderedKey): string[] {
  const root = accountRootArn(key.partition, key.accountId);
  const problems: string[] = [];
  const principal = first.principal;
  const onlyRoot =
    principal !== undefined && !principal.any && principal.services.length === 0 && principal.others.length === 0 &&
    principal.aws.length > 0 && principal.aws.every((p) => isAccountRoot(p, key.partition, key.accountId));
  if (first.effect !== 'Allow') problems.push(`its Effect is ${first.effect}, not Allow`);
  if (!onlyRoot || first.notPrincipal !== undefined) problems.push(`its principal is not only ${root}`);
  if (first.notActions.length > 0 || !first.actions.some((action) => action === 'kms:*' || action === '*')) {
    problems.push('it does not allow kms:*');
  }
  if (first.conditions.length > 0) problems.push('it has conditions');
  return problems.length === 0 ? [] : [`the first statement (${statementName(first)}) is not the account root statement: ${problems.join('; ')}`];
}
