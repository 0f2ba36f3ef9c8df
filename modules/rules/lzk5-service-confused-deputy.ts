/**
 * LZK5: a statement for an AWS service carries the confused-deputy condition the key catalog
 * names for that service and key purpose, so the service acts only for this account's or this
 * organization's resources. A service the catalog does not name for the purpose has no known
 * condition, which is a finding too.
 */
import { statementName } from '../iam/policy-view';
import { KEY_PURPOSES, type KeyPurpose } from '../plan/types';
import { CONFUSED_DEPUTY_GUARDS, describeGuard, guardFor, guardHolds } from './confused-deputy-guards';
import { checkEachAllow, NOT_APPLICABLE, type PolicyRule } from './policy-rule';

export const LZK5_SERVICE_CONFUSED_DEPUTY: PolicyRule = {
  id: 'LZK5',
  name: 'service principals carry their confused-deputy condition',
  severity: 'error',
  explanation:
    'Each service principal statement must carry the condition the key catalog names for that service and key purpose ' +
    '(aws:SourceAccount, aws:SourceOrgID, or the log-group encryption context), as listed in CONFUSED_DEPUTY_GUARDS.',
  check: (key) => {
    if (!isPurpose(key.name)) return NOT_APPLICABLE;
    const purpose = key.name;
    return checkEachAllow(key, (statement) =>
      (statement.principal?.services ?? []).flatMap((service) => {
        const guard = guardFor(purpose, service, key);
        if (guard === undefined) {
          const named = Object.keys(CONFUSED_DEPUTY_GUARDS[purpose]);
          return [
            `${statementName(statement)} allows service ${service}, which the key catalog does not name for ${purpose} keys ` +
              `(it names ${named.length > 0 ? named.join(', ') : 'no service'}), so no confused-deputy condition is known for it`,
          ];
        }
        return guardHolds(guard, statement, key) ? [] : [`${statementName(statement)} allows service ${service} without ${describeGuard(guard, key)}`];
      }),
    );
  },
};

function isPurpose(name: string): name is KeyPurpose {
  return (KEY_PURPOSES as readonly string[]).includes(name);
}
