/** Which keys an account×Region holds: the catalog's "exists when" column, one rule per purpose. */
import type { Account, KeySwitch, OrgModel } from '../config/model';
import { isTargeted } from '../config/targets';
import type { Consumer, KeyPurpose } from './types';

/**
 * LZA's switch semantics: no block → the key exists; no targets or targeted → the flag decides;
 * present but not targeted → the opposite of the flag.
 */
export function switchAllows(keySwitch: KeySwitch | undefined, account: Account, region: string): boolean {
  if (keySwitch === undefined) return true;
  if (keySwitch.targets === undefined) return keySwitch.enabled;
  return isTargeted(keySwitch.targets, account, region) ? keySwitch.enabled : !keySwitch.enabled;
}

type Presence = (model: OrgModel, account: Account, region: string) => boolean;

const ebsTargets: Presence = ({ ebsDefaultEncryption: ebs }, account, region) =>
  ebs.createKey &&
  !ebs.excludeRegions.includes(region) &&
  (ebs.targets === undefined || isTargeted(ebs.targets, account, region));

const vaultsHere = (model: OrgModel, account: Account, region: string) =>
  model.backupVaults.filter((vault) => isTargeted(vault.targets, account, region));

/** In catalog order, which is also the order of keys in a stack. */
export const KEY_PRESENCE: Readonly<Record<KeyPurpose, Presence>> = {
  cloudwatch: (m, a, r) => switchAllows(m.switches.cloudwatch, a, r),
  s3: (m, a, r) => a.type !== 'audit' && switchAllows(m.switches.s3, a, r),
  lambda: (m, a, r) => switchAllows(m.switches.lambda, a, r),
  session_manager: ({ sessionManager: sm }, a, r) =>
    sm.enabled && !sm.excludeAccounts.includes(a.name) && !sm.excludeRegions.includes(r),
  ebs: ebsTargets,
  backup: (m, a, r) => (a.type === 'management' && m.backupPolicies) || vaultsHere(m, a, r).length > 0,
  installer: (m, a, r) => a.type === 'management' && r === m.homeRegion,
  management: (m, a, r) => a.type === 'management' && r === m.homeRegion,
  central_logs: (m, a, r) => a.type === 'logArchive' && r === m.centralizedLoggingRegion,
  log_replication: (m, a) => a.type === 'logArchive' && m.cloudwatchLogsEnabled,
  accelerator: (_m, a) => a.type === 'audit',
  audit_s3: (m, a, r) => a.type === 'audit' && switchAllows(m.switches.s3, a, r),
  sns: (m, a) => a.type === 'audit' && m.snsTopics,
};

export function consumersOf(model: OrgModel, account: Account, region: string, purposes: readonly KeyPurpose[]): Consumer[] {
  const consumers: Consumer[] = [];
  if (purposes.includes('ebs')) consumers.push({ kind: 'ebs-default-encryption', purpose: 'ebs' });
  if (purposes.includes('session_manager')) consumers.push({ kind: 'session-manager-preferences', purpose: 'session_manager' });
  for (const vault of vaultsHere(model, account, region)) {
    consumers.push({ kind: 'backup-vault', purpose: 'backup', vaultName: vault.name });
  }
  return consumers;
}
