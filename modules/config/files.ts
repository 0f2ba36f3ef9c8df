/** The files of a configuration folder; LZA's names, plus the project's own terraform-config.yaml. */
export const CONFIG_FILES = {
  accounts: 'accounts-config.yaml',
  global: 'global-config.yaml',
  security: 'security-config.yaml',
  organization: 'organization-config.yaml',
  replacements: 'replacements-config.yaml',
  terraform: 'terraform-config.yaml',
} as const;

export const DEFAULT_CONFIG_DIR = 'configs';
export const CONFIG_DIR_ENV = 'LZ_KEYS_CONFIG_DIR';

/** What a missing file should have held, for the message. */
export const FILE_PURPOSE: Readonly<Record<keyof typeof CONFIG_FILES, string>> = {
  accounts: "LZA's accounts: mandatoryAccounts, workloadAccounts, accountIds",
  global: "LZA's global settings: homeRegion, enabledRegions, logging, ...",
  security: "LZA's security settings: centralSecurityServices",
  organization: "LZA's organization settings: enable, organizationalUnits",
  replacements: "LZA's placeholders (optional)",
  terraform: "lz-keys' own settings: organizationId, prefix, partition, backend, retention, policyRuleSuppressions",
};
