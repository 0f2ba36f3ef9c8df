/** A small valid OrgModel for plan tests; every optional key is off unless a test turns it on. */
import type { Account, DeploymentTargets, OrgModel } from '../../modules/config/model';

export const ACCOUNTS: readonly Account[] = [
  { name: 'Management', email: 'm@example.com', id: '111111111111', type: 'management', organizationalUnit: 'Root' },
  { name: 'LogArchive', email: 'l@example.com', id: '222222222222', type: 'logArchive', organizationalUnit: 'Security' },
  { name: 'Audit', email: 'a@example.com', id: '333333333333', type: 'audit', organizationalUnit: 'Security' },
  { name: 'Dev', email: 'd@example.com', id: '444444444444', type: 'workload', organizationalUnit: 'Workloads/Dev' },
  { name: 'Prod', email: 'p@example.com', id: '555555555555', type: 'workload', organizationalUnit: 'Workloads/Prod' },
];

export function orgModel(overrides: Partial<OrgModel> = {}): OrgModel {
  return {
    prefix: 'AWSAccelerator',
    partition: 'aws',
    organizationId: 'o-test123456',
    organizationEnabled: true,
    homeRegion: 'eu-west-1',
    enabledRegions: ['eu-west-1', 'eu-central-1'],
    managementAccountAccessRole: 'AWSControlTowerExecution',
    accounts: ACCOUNTS,
    tags: [],
    controlTowerEnabled: false,
    centralizedLoggingRegion: 'eu-west-1',
    switches: {},
    cloudwatchLogsEnabled: true,
    sessionManager: { enabled: false, excludeAccounts: [], excludeRegions: [] },
    ebsDefaultEncryption: { createKey: false, excludeRegions: [] },
    backupPolicies: false,
    backupVaults: [],
    snsTopics: false,
    securityServices: { macie: false, guardDuty: false, auditManager: false },
    backend: { type: 'local' },
    policyRuleSuppressions: [],
    ...overrides,
  };
}

export function targets(partial: Partial<DeploymentTargets>): DeploymentTargets {
  return { accounts: [], organizationalUnits: [], excludedAccounts: [], excludedRegions: [], ...partial };
}
