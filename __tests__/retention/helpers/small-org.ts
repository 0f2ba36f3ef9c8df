/**
 * A small organization in LZA's files, written from a handful of settings, for tests that
 * change a configuration many times: the three mandatory accounts, workload accounts as listed,
 * and the switches that make optional keys appear and disappear.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';

export const HOME_REGION = 'eu-west-1';

export interface SmallOrg {
  /** Enabled Regions; the home Region is always first. */
  readonly regions: readonly string[];
  readonly loggingRegion: string;
  readonly workloads: ReadonlyArray<{ readonly name: string; readonly id: string }>;
  readonly cloudwatchKey: boolean;
  readonly lambdaKey: boolean;
  readonly s3Key: boolean;
  readonly sessionManager: boolean;
  readonly ebsDefaultEncryption: boolean;
  readonly snsTopics: boolean;
  readonly backupVaults: boolean;
}

const MANDATORY = [
  { name: 'Management', id: '300000000001', ou: 'Root' },
  { name: 'LogArchive', id: '300000000002', ou: 'Security' },
  { name: 'Audit', id: '300000000003', ou: 'Security' },
];
const email = (name: string) => `${name.toLowerCase()}@example.com`;

export function writeSmallOrg(dir: string, org: SmallOrg): void {
  const write = (file: string, doc: unknown) => fs.writeFileSync(path.join(dir, file), stringify(doc));
  // Ids are matched by email: a renamed account keeps its email, hence its id.
  const emailOf = new Map(org.workloads.map((w) => [w.id, `workload-${w.id}@example.com`]));
  write('accounts-config.yaml', {
    mandatoryAccounts: MANDATORY.map((a) => ({ name: a.name, email: email(a.name), organizationalUnit: a.ou })),
    workloadAccounts: org.workloads.map((w) => ({ name: w.name, email: emailOf.get(w.id), organizationalUnit: 'Workloads' })),
    accountIds: [
      ...MANDATORY.map((a) => ({ email: email(a.name), accountId: a.id })),
      ...org.workloads.map((w) => ({ email: emailOf.get(w.id), accountId: w.id })),
    ],
  });
  write('global-config.yaml', {
    homeRegion: HOME_REGION,
    enabledRegions: org.regions,
    managementAccountAccessRole: 'AWSControlTowerExecution',
    logging: {
      account: 'LogArchive',
      centralizedLoggingRegion: org.loggingRegion,
      sessionManager: { sendToCloudWatchLogs: false, sendToS3: org.sessionManager },
      cloudwatchLogs: { enable: true, encryption: { useCMK: org.cloudwatchKey } },
    },
    lambda: { encryption: { useCMK: org.lambdaKey } },
    s3: { encryption: { createCMK: org.s3Key } },
    ...(org.snsTopics ? { snsTopics: { topics: [{ name: 'Security', emailAddresses: ['alerts@example.com'] }] } } : {}),
    ...(org.backupVaults ? { backup: { vaults: [{ name: 'BackupVault', deploymentTargets: { organizationalUnits: ['Root'] } }] } } : {}),
  });
  write('organization-config.yaml', { enable: true, organizationalUnits: [{ name: 'Security' }, { name: 'Workloads' }] });
  write('security-config.yaml', {
    centralSecurityServices: { delegatedAdminAccount: 'Audit', ebsDefaultVolumeEncryption: { enable: org.ebsDefaultEncryption } },
  });
  write('terraform-config.yaml', { organizationId: 'o-smallorg123' });
}
