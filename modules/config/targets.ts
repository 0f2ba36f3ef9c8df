/**
 * LZA's deploymentTargets, resolved in this one place: excludedRegions and excludedAccounts
 * exclude first; then accounts (by name) or organizationalUnits (by path; `Root` is every
 * account; a parent OU covers its children) include; nothing else is included.
 */
import type { Account, DeploymentTargets } from './model';

export const ROOT_OU = 'Root';

/** Whether organizational unit `ou` is `accountOu` or one of its ancestors. */
export function ouCovers(ou: string, accountOu: string): boolean {
  return ou === ROOT_OU || accountOu === ou || accountOu.startsWith(`${ou}/`);
}

export function isTargeted(targets: DeploymentTargets, account: Account, region: string): boolean {
  if (targets.excludedRegions.includes(region)) return false;
  if (targets.excludedAccounts.includes(account.name)) return false;
  return (
    targets.accounts.includes(account.name) ||
    targets.organizationalUnits.some((ou) => ouCovers(ou, account.organizationalUnit))
  );
}
