/**
 * Checks that need more than one file (account ids, OUs, Regions, targets) and assembles the
 * OrgModel. Every issue found is collected; the model is returned only when there is none.
 */
import type { ConfigIssue } from './errors';
import { formatFieldPath } from './errors';
import { CONFIG_FILES } from './files';
import { KEY_TAG_KEYS } from './key-tags';
import { findMarkers, splitSsmTemplate } from './markers';
import type { Account, AccountType, DeploymentTargets, OrgModel, Tag, TagValue } from './model';
import { PARTITION_REGIONS, isKnownRegion } from './regions';
import type { AccountsConfig, GlobalConfig, OrganizationConfig, SecurityConfig } from './schema/lza-schemas';
import type { TerraformConfig } from './schema/terraform-config-schema';
import { ORGANIZATION_ID_EXPECTED } from './schema/terraform-config-schema';
import { ROOT_OU, ouCovers } from './targets';
import type { YamlFile } from './yaml-file';

export interface Parsed<T> {
  readonly config: T;
  readonly yaml: YamlFile;
}

export interface ParsedConfig {
  readonly accounts: Parsed<AccountsConfig>;
  readonly global: Parsed<GlobalConfig>;
  readonly security: Parsed<SecurityConfig>;
  readonly organization: Parsed<OrganizationConfig>;
  readonly terraform: Parsed<TerraformConfig>;
}

export const MANDATORY_ACCOUNTS: ReadonlyArray<readonly [string, AccountType]> = [
  ['Management', 'management'],
  ['LogArchive', 'logArchive'],
  ['Audit', 'audit'],
];

/** Why a cloud backend takes no role to assume; the plan relies on it (see plan.ts). */
export const CLOUD_CREDENTIALS =
  'each Terraform Cloud workspace runs as backend.runRoleName in its own account, Management included';


type Path = readonly PropertyKey[];

export function buildModel(parsed: ParsedConfig, issues: ConfigIssue[]): OrgModel | undefined {
  const before = issues.length;
  const report = (source: Parsed<unknown>, path: Path, found: string | undefined, expected: string): void => {
    issues.push({ file: source.yaml.file, field: formatFieldPath(path), line: source.yaml.lineOf(path), found, expected });
  };
  const { accounts: acc, global: glob, security: sec, organization: org, terraform: tf } = parsed;
  const partition = tf.config.partition;

  // Organizational units: Root plus every configured path.
  const knownOus = new Set([ROOT_OU, ...org.config.organizationalUnits.map((ou) => ou.name)]);
  const ignoredOus = org.config.organizationalUnits.filter((ou) => ou.ignore === true).map((ou) => ou.name);

  // Accounts.
  const idByEmail = new Map(acc.config.accountIds.map((entry) => [entry.email.toLowerCase(), entry.accountId]));
  const allAccounts: Account[] = [];
  const seenNames = new Map<string, string>();
  const seenIds = new Map<string, string>();
  const listed: Array<readonly ['mandatoryAccounts' | 'workloadAccounts', number, AccountsConfig['workloadAccounts'][number]]> = [
    ...acc.config.mandatoryAccounts.map((a, i) => ['mandatoryAccounts', i, a] as const),
    ...acc.config.workloadAccounts.map((a, i) => ['workloadAccounts', i, a] as const),
  ];
  for (const [list, index, entry] of listed) {
    const at = [list, index];
    if (seenNames.has(entry.name)) {
      report(acc, [...at, 'name'], JSON.stringify(entry.name), `a name no other account has (${seenNames.get(entry.name)} has it)`);
    }
    seenNames.set(entry.name, formatFieldPath(at));
    if (!knownOus.has(entry.organizationalUnit)) {
      report(acc, [...at, 'organizationalUnit'], JSON.stringify(entry.organizationalUnit),
        `Root or an organizational unit of ${CONFIG_FILES.organization} (${[...knownOus].join(', ')})`);
    }
    const id = idByEmail.get(entry.email.toLowerCase());
    if (id === undefined) {
      report(acc, [...at, 'email'], `no accountIds entry for ${entry.email} (account ${entry.name})`,
        `an accountIds entry with this email and the account's 12-digit id`);
      continue;
    }
    if (seenIds.has(id)) {
      report(acc, [...at, 'email'], `account id ${id}, which ${seenIds.get(id)} has too`, 'one account id per account');
    }
    seenIds.set(id, entry.name);
    const type = list === 'mandatoryAccounts' ? mandatoryType(entry.name) : 'workload';
    if (type === undefined) {
      report(acc, [...at, 'name'], JSON.stringify(entry.name), 'one of the mandatory account names Management, LogArchive, Audit');
      continue;
    }
    allAccounts.push({ name: entry.name, email: entry.email, id, type, organizationalUnit: entry.organizationalUnit });
  }
  for (const [name] of MANDATORY_ACCOUNTS) {
    if (!acc.config.mandatoryAccounts.some((a) => a.name === name)) {
      report(acc, ['mandatoryAccounts'], `no account named ${name}`, 'the mandatory accounts Management, LogArchive and Audit');
    }
  }
  const accountNames = new Set(listed.map(([, , a]) => a.name));
  // LZA does not manage accounts in an ignored OU; neither does this project.
  const accounts = allAccounts.filter(
    (a) => a.type !== 'workload' || !ignoredOus.some((ou) => ou !== ROOT_OU && ouCovers(ou, a.organizationalUnit)),
  );

  // Regions.
  const regionExpected = `a Region of the ${partition} partition (${PARTITION_REGIONS[partition].join(', ')})`;
  const checkRegion = (source: Parsed<unknown>, path: Path, region: string): void => {
    if (!isKnownRegion(partition, region)) report(source, path, JSON.stringify(region), regionExpected);
  };
  const { homeRegion, enabledRegions } = glob.config;
  checkRegion(glob, ['homeRegion'], homeRegion);
  enabledRegions.forEach((region, i) => {
    checkRegion(glob, ['enabledRegions', i], region);
    if (enabledRegions.indexOf(region) !== i) report(glob, ['enabledRegions', i], JSON.stringify(region), 'each Region once');
  });
  if (!enabledRegions.includes(homeRegion)) {
    report(glob, ['enabledRegions'], `no ${homeRegion}`, `the home Region ${homeRegion} among the enabled Regions`);
  }
  const centralizedLoggingRegion = glob.config.logging.centralizedLoggingRegion ?? homeRegion;
  if (!enabledRegions.includes(centralizedLoggingRegion)) {
    report(glob, ['logging', 'centralizedLoggingRegion'], JSON.stringify(centralizedLoggingRegion),
      `one of the enabled Regions (${enabledRegions.join(', ')})`);
  }

  // Deployment targets and name lists, wherever the project reads them.
  const checkAccountNames = (source: Parsed<unknown>, path: Path, names: readonly string[]): void =>
    names.forEach((name, i) => {
      if (!accountNames.has(name)) report(source, [...path, i], JSON.stringify(name), `the name of an account in ${CONFIG_FILES.accounts}`);
    });
  const checkRegions = (source: Parsed<unknown>, path: Path, regions: readonly string[]): void =>
    regions.forEach((region, i) => checkRegion(source, [...path, i], region));
  const checkTargets = (source: Parsed<unknown>, path: Path, targets: DeploymentTargets | undefined): void => {
    if (targets === undefined) return;
    checkAccountNames(source, [...path, 'accounts'], targets.accounts);
    checkAccountNames(source, [...path, 'excludedAccounts'], targets.excludedAccounts);
    checkRegions(source, [...path, 'excludedRegions'], targets.excludedRegions);
    targets.organizationalUnits.forEach((ou, i) => {
      if (!knownOus.has(ou)) {
        report(source, [...path, 'organizationalUnits', i], JSON.stringify(ou),
          `Root or an organizational unit of ${CONFIG_FILES.organization}`);
      }
    });
  };
  const logging = glob.config.logging;
  checkTargets(glob, ['logging', 'cloudwatchLogs', 'encryption', 'deploymentTargets'], logging.cloudwatchLogs?.encryption?.deploymentTargets);
  checkTargets(glob, ['lambda', 'encryption', 'deploymentTargets'], glob.config.lambda?.encryption?.deploymentTargets);
  checkTargets(glob, ['s3', 'encryption', 'deploymentTargets'], glob.config.s3?.encryption?.deploymentTargets);
  const vaults = glob.config.backup?.vaults ?? [];
  vaults.forEach((vault, i) => {
    checkTargets(glob, ['backup', 'vaults', i, 'deploymentTargets'], vault.deploymentTargets);
    if (vaults.findIndex((other) => other.name === vault.name) !== i) {
      report(glob, ['backup', 'vaults', i, 'name'], JSON.stringify(vault.name), 'a vault name used once (vaults are addressed by name)');
    }
  });
  const sessionManager = logging.sessionManager;
  checkAccountNames(glob, ['logging', 'sessionManager', 'excludeAccounts'], sessionManager?.excludeAccounts ?? []);
  checkRegions(glob, ['logging', 'sessionManager', 'excludeRegions'], sessionManager?.excludeRegions ?? []);
  const services = sec.config.centralSecurityServices;
  const ebs = services.ebsDefaultVolumeEncryption;
  const ebsPath = ['centralSecurityServices', 'ebsDefaultVolumeEncryption'];
  checkTargets(sec, [...ebsPath, 'deploymentTargets'], ebs?.deploymentTargets);
  checkRegions(sec, [...ebsPath, 'excludeRegions'], ebs?.excludeRegions ?? []);
  const keySets = sec.config.keyManagementService?.keySets.map((k) => k.name) ?? [];
  if (ebs?.kmsKey !== undefined && !keySets.includes(ebs.kmsKey)) {
    report(sec, [...ebsPath, 'kmsKey'], JSON.stringify(ebs.kmsKey),
      `the name of a keyManagementService.keySets entry (${keySets.length ? keySets.join(', ') : 'there are none'})`);
  }

  // Organization.
  const organizationEnabled = org.config.enable;
  if (organizationEnabled && tf.config.organizationId === undefined) {
    report(tf, ['organizationId'], 'nothing',
      `${ORGANIZATION_ID_EXPECTED} (required because ${CONFIG_FILES.organization} has enable: true)`);
  }

  // Backend.
  const backend = tf.config.backend;
  if (backend.type === 's3') checkRegion(tf, ['backend', 'region'], backend.region);
  if (backend.type === 'cloud' && tf.config.managementAccountRoleName !== undefined) {
    report(tf, ['managementAccountRoleName'], JSON.stringify(tf.config.managementAccountRoleName),
      `nothing while backend.type is cloud (${CLOUD_CREDENTIALS})`);
  }

  // Tags.
  const tags: Tag[] = [];
  glob.config.tags.forEach((tag, i) => {
    if (KEY_TAG_KEYS.includes(tag.key) || tag.key.toLowerCase().startsWith('aws:')) {
      report(glob, ['tags', i, 'key'], JSON.stringify(tag.key),
        `a tag key other than those lz-keys sets (${KEY_TAG_KEYS.join(', ')}) and not starting with aws:`);
    } else if (tags.some((t) => t.key === tag.key)) {
      report(glob, ['tags', i, 'key'], JSON.stringify(tag.key), 'each tag key once');
    }
    tags.push({ key: tag.key, value: tagValue(tag.value) });
  });

  if (issues.length > before) return undefined;
  return {
    prefix: tf.config.prefix,
    partition,
    ...(tf.config.organizationId !== undefined ? { organizationId: tf.config.organizationId } : {}),
    organizationEnabled,
    homeRegion,
    enabledRegions,
    managementAccountAccessRole: glob.config.managementAccountAccessRole,
    ...(tf.config.managementAccountRoleName !== undefined
      ? { managementAccountRoleName: tf.config.managementAccountRoleName }
      : {}),
    accounts,
    tags,
    controlTowerEnabled: glob.config.controlTower?.enable ?? false,
    centralizedLoggingRegion,
    switches: {
      ...(logging.cloudwatchLogs?.encryption
        ? { cloudwatch: keySwitch(logging.cloudwatchLogs.encryption.useCMK, logging.cloudwatchLogs.encryption.deploymentTargets) }
        : {}),
      ...(glob.config.lambda?.encryption
        ? { lambda: keySwitch(glob.config.lambda.encryption.useCMK, glob.config.lambda.encryption.deploymentTargets) }
        : {}),
      ...(glob.config.s3?.encryption
        ? { s3: keySwitch(glob.config.s3.encryption.createCMK, glob.config.s3.encryption.deploymentTargets) }
        : {}),
    },
    cloudwatchLogsEnabled: logging.cloudwatchLogs?.enable !== false,
    sessionManager: {
      enabled: (sessionManager?.sendToCloudWatchLogs ?? false) || (sessionManager?.sendToS3 ?? false),
      excludeAccounts: sessionManager?.excludeAccounts ?? [],
      excludeRegions: sessionManager?.excludeRegions ?? [],
    },
    ebsDefaultEncryption: {
      createKey: (ebs?.enable ?? false) && ebs?.kmsKey === undefined,
      ...(ebs?.deploymentTargets ? { targets: ebs.deploymentTargets } : {}),
      excludeRegions: ebs?.excludeRegions ?? [],
    },
    backupPolicies: org.config.backupPolicies.length > 0,
    backupVaults: vaults.map((v) => ({ name: v.name, targets: v.deploymentTargets })),
    snsTopics: services.snsSubscriptions.length > 0 || (glob.config.snsTopics?.topics.length ?? 0) > 0,
    securityServices: {
      macie: services.macie?.enable ?? false,
      guardDuty: services.guardduty?.enable ?? false,
      auditManager: services.auditManager?.enable ?? false,
    },
    backend,
    policyRuleSuppressions: tf.config.policyRuleSuppressions,
    retention: tf.config.retention,
  };
}

function mandatoryType(name: string): AccountType | undefined {
  return MANDATORY_ACCOUNTS.find(([mandatory]) => mandatory === name)?.[1];
}

function keySwitch(enabled: boolean, targets: DeploymentTargets | undefined) {
  return targets === undefined ? { enabled } : { enabled, targets };
}

function tagValue(value: string): TagValue {
  return findMarkers(value).length === 0 ? value : { template: splitSsmTemplate(value) };
}

