export { ConfigError, type ConfigIssue } from './errors';
export { CONFIG_DIR_ENV, CONFIG_FILES, DEFAULT_CONFIG_DIR } from './files';
export { DEFAULT_PREFIX } from './schema/terraform-config-schema';
export { configDirFromEnv, loadOrgModel } from './load';
export * from './model';
export { OPT_IN_REGIONS, PARTITION_REGIONS } from './regions';
export { isTargeted, ouCovers } from './targets';
