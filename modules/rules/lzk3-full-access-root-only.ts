/**
 * LZK3: only the account root gets `kms:*`, or any action that administers the key (policy,
 * deletion, enablement, rotation, aliases, tags, key material), directly or through a wildcard.
 * Everyone else uses the key; nobody else can take it over or destroy it.
 */
import { isAccountRoot, wildcardMatches } from '../iam/iam-names';
import { statementName, type StatementView } from '../iam/policy-view';
import { checkEachAllow, type PolicyRule } from './policy-rule';
import type { RenderedKey } from './rendered-key';

/** Actions on a key that change who controls it or whether it exists. */
export const KEY_ADMINISTRATION_ACTIONS = [
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:DisableKey',
  'kms:EnableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKeyRotation',
  'kms:RotateKeyOnDemand',
  'kms:UpdateKeyDescription',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:UpdateAlias',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ImportKeyMaterial',
  'kms:DeleteImportedKeyMaterial',
  'kms:ReplicateKey',
  'kms:UpdatePrimaryRegion',
  'kms:RevokeGrant',
] as const;

export const LZK3_FULL_ACCESS_ROOT_ONLY: PolicyRule = {
  id: 'LZK3',
  name: 'kms:* and key administration only for the account root',
  severity: 'error',
  explanation:
    'kms:* and the key administration actions (kms:PutKeyPolicy, kms:ScheduleKeyDeletion, kms:DisableKey, ...) may be ' +
    'allowed only to this account\'s root; every other statement grants use of the key, never control over it.',
  check: (key) =>
    checkEachAllow(key, (statement) => {
      const granted = administrationGranted(statement);
      return granted.length > 0 && !onlyThisAccountRoot(statement, key)
        ? [`${statementName(statement)} allows ${granted.join(', ')} to a principal other than this account's root`]
        : [];
    }),
};

function administrationGranted(statement: StatementView): string[] {
  if (statement.notActions.length > 0) return ['every action but those in NotAction'];
  const full = statement.actions.filter((action) => action === '*' || action.toLowerCase() === 'kms:*');
  if (full.length > 0) return full;
  return KEY_ADMINISTRATION_ACTIONS.filter((admin) => statement.actions.some((action) => wildcardMatches(action, admin)));
}

function onlyThisAccountRoot(statement: StatementView, key: RenderedKey): boolean {
  const principal = statement.principal;
  return (
    statement.notPrincipal === undefined &&
    principal !== undefined &&
    !principal.any &&
    principal.services.length === 0 &&
    principal.others.length === 0 &&
    principal.aws.length > 0 &&
    principal.aws.every((p) => isAccountRoot(p, key.partition, key.accountId))
  );
}
