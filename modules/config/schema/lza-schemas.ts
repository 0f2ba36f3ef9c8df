/**
 * The fields of LZA's files that decide keys. Everything else in those files is ignored, so a
 * real LZA configuration loads as it is; what is read is validated.
 */
import { z } from 'zod';
import { deploymentTargets, flag, list, lookupText, text, accountId } from './fields';

const account = z.object(
  {
    name: text('an account name'),
    email: text('an email address'),
    organizationalUnit: text('an organizational unit path, such as Root or Security'),
  },
  { error: 'an account mapping (name, email, organizationalUnit)' },
);

export const accountsConfigSchema = z.object({
  mandatoryAccounts: z.array(account, { error: 'a list of the mandatory accounts Management, LogArchive and Audit' }),
  workloadAccounts: list(account, 'a list of accounts'),
  accountIds: list(
    z.object({ email: text('an email address'), accountId }, { error: 'a mapping of email and accountId' }),
    'a list of email and accountId mappings',
  ),
});

const useCmkSwitch = z.object({ useCMK: flag(), deploymentTargets: deploymentTargets.optional() });
const createCmkSwitch = z.object({ createCMK: flag(), deploymentTargets: deploymentTargets.optional() });

export const globalConfigSchema = z.object({
  homeRegion: text('a Region name'),
  enabledRegions: z.array(text('a Region name'), { error: 'a list of Region names' }).min(1, { error: 'at least one Region' }),
  managementAccountAccessRole: text('an IAM role name'),
  tags: list(z.object({ key: text('a tag key'), value: lookupText('a tag value') }), 'a list of key and value mappings'),
  controlTower: z.object({ enable: flag() }).optional(),
  logging: z.object({
    centralizedLoggingRegion: text('a Region name').optional(),
    cloudwatchLogs: z
      .object({ enable: flag().optional(), encryption: useCmkSwitch.optional() })
      .nullish(),
    sessionManager: z
      .object({
        sendToCloudWatchLogs: flag(),
        sendToS3: flag(),
        excludeRegions: list(text('a Region name'), 'a list of Region names'),
        excludeAccounts: list(text('an account name'), 'a list of account names'),
      })
      .optional(),
  }),
  lambda: z.object({ encryption: useCmkSwitch.optional() }).nullish(),
  s3: z.object({ encryption: createCmkSwitch.optional() }).nullish(),
  backup: z
    .object({ vaults: list(z.object({ name: text('a vault name'), deploymentTargets }), 'a list of vaults') })
    .nullish(),
  snsTopics: z.object({ topics: list(z.object({ name: text('a topic name') }), 'a list of topics') }).nullish(),
});

const serviceSwitch = z.object({ enable: flag() }).nullish();

export const securityConfigSchema = z.object({
  centralSecurityServices: z.object({
    ebsDefaultVolumeEncryption: z
      .object({
        enable: flag(),
        kmsKey: text('the name of a keyManagementService.keySets entry').optional(),
        deploymentTargets: deploymentTargets.optional(),
        excludeRegions: list(text('a Region name'), 'a list of Region names'),
      })
      .nullish(),
    macie: serviceSwitch,
    guardduty: serviceSwitch,
    auditManager: serviceSwitch,
    snsSubscriptions: list(z.unknown(), 'a list of subscriptions'),
  }),
  keyManagementService: z
    .object({ keySets: list(z.object({ name: text('a key set name') }), 'a list of key sets') })
    .nullish(),
});

export const organizationConfigSchema = z.object({
  enable: flag(),
  organizationalUnits: list(
    z.object({ name: text('an organizational unit path'), ignore: flag().optional() }),
    'a list of organizational units',
  ),
  backupPolicies: list(z.unknown(), 'a list of backup policies'),
});

export const replacementsConfigSchema = z.object({
  globalReplacements: list(
    z.discriminatedUnion(
      'type',
      [
        z.object({ key: z.string(), type: z.literal('String'), value: z.string({ error: 'a text value' }) }),
        z.object({
          key: z.string(),
          type: z.literal('StringList'),
          value: z.array(z.string(), { error: 'a list of text values' }),
        }),
        z.object({ key: z.string(), type: z.literal('SSM'), path: z.string({ error: 'an SSM parameter path' }) }),
      ],
      { error: 'a replacement with type String, StringList or SSM' },
    ),
    'a list of replacements',
  ),
});

export type AccountsConfig = z.infer<typeof accountsConfigSchema>;
export type GlobalConfig = z.infer<typeof globalConfigSchema>;
export type SecurityConfig = z.infer<typeof securityConfigSchema>;
export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;
export type ReplacementsConfig = z.infer<typeof replacementsConfigSchema>;
