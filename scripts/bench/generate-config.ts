/**
 * Writes an LZA-format configuration folder for a synthetic organization: the three mandatory
 * accounts plus `workloadAccounts` workload accounts spread over organizational units, across the
 * given Regions, with the switches an organization at scale uses (targeted encryption, vaults,
 * tags), so the benchmark exercises the same paths a real configuration does.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface SyntheticOrgProps {
  readonly workloadAccounts: number;
  readonly regions: readonly string[];
}

/** Four Regions of the aws partition, home Region first. */
export const BENCH_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

/** Workload OUs, nested as LZA writes them; accounts are dealt out round-robin. */
const WORKLOAD_OUS = ['Infrastructure', 'Workloads', 'Workloads/Prod', 'Workloads/Dev', 'Sandbox'];

const MANDATORY = [
  { name: 'Management', ou: 'Root' },
  { name: 'LogArchive', ou: 'Security' },
  { name: 'Audit', ou: 'Security' },
];

/** 12-digit account id of the n-th account (1-based), stable across runs. */
export function syntheticAccountId(n: number): string {
  return String(200000000000 + n);
}

export function workloadAccountName(index: number): string {
  return `Workload${String(index).padStart(5, '0')}`;
}

export function writeSyntheticOrg(dir: string, props: SyntheticOrgProps): void {
  fs.mkdirSync(dir, { recursive: true });
  const files = syntheticOrgFiles(props);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

export function syntheticOrgFiles(props: SyntheticOrgProps): Record<string, string> {
  const accounts = [
    ...MANDATORY.map((m) => ({ ...m, email: `${m.name.toLowerCase()}@example.com` })),
    ...Array.from({ length: props.workloadAccounts }, (_, i) => {
      const name = workloadAccountName(i + 1);
      return { name, ou: WORKLOAD_OUS[i % WORKLOAD_OUS.length], email: `${name.toLowerCase()}@example.com` };
    }),
  ];
  const entry = (a: (typeof accounts)[number]) =>
    `  - name: ${a.name}\n    description: ${a.name} account.\n    email: ${a.email}\n    organizationalUnit: ${a.ou}\n`;
  const accountsConfig =
    'mandatoryAccounts:\n' +
    accounts.slice(0, MANDATORY.length).map(entry).join('') +
    'workloadAccounts:\n' +
    accounts.slice(MANDATORY.length).map(entry).join('') +
    'accountIds:\n' +
    accounts.map((a, i) => `  - email: ${a.email}\n    accountId: '${syntheticAccountId(i + 1)}'\n`).join('');

  const [home, ...others] = props.regions;
  const globalConfig = `homeRegion: &HOME_REGION ${home}
enabledRegions:
  - *HOME_REGION
${others.map((r) => `  - ${r}\n`).join('')}managementAccountAccessRole: AWSControlTowerExecution
cloudwatchLogRetentionInDays: 3653
controlTower:
  enable: true
logging:
  account: LogArchive
  centralizedLoggingRegion: *HOME_REGION
  cloudtrail:
    enable: true
    organizationTrail: true
  sessionManager:
    sendToCloudWatchLogs: false
    sendToS3: true
  cloudwatchLogs:
    enable: true
lambda:
  encryption:
    useCMK: true
    deploymentTargets:
      organizationalUnits:
        - Root
      excludedAccounts: []
s3:
  encryption:
    createCMK: true
    deploymentTargets:
      organizationalUnits:
        - Root
snsTopics:
  topics:
    - name: Security
      emailAddresses:
        - security-alerts@example.com
backup:
  vaults:
    - name: BackupVault
      deploymentTargets:
        organizationalUnits:
          - Workloads
          - Infrastructure
tags:
  - key: Environment
    value: Production
  - key: CostCenter
    value: platform
`;
  const organizationConfig = `enable: true
organizationalUnits:
  - name: Security
${WORKLOAD_OUS.map((ou) => `  - name: ${ou}\n`).join('')}backupPolicies: []
`;
  const securityConfig = `centralSecurityServices:
  delegatedAdminAccount: Audit
  ebsDefaultVolumeEncryption:
    enable: true
    excludeRegions: []
  macie:
    enable: true
  guardduty:
    enable: true
  auditManager:
    enable: true
  snsSubscriptions:
    - level: High
      email: security-high@example.com
`;
  const terraformConfig = 'organizationId: o-bench000001\nprefix: AWSAccelerator\npartition: aws\n';
  return {
    'accounts-config.yaml': accountsConfig,
    'global-config.yaml': globalConfig,
    'organization-config.yaml': organizationConfig,
    'security-config.yaml': securityConfig,
    'terraform-config.yaml': terraformConfig,
  };
}
