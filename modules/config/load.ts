/**
 * load → parse: reads one configuration folder into a validated OrgModel, or throws a
 * ConfigError listing every issue. No CDKTF here, and nothing is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildModel, type Parsed, type ParsedConfig } from './build-model';
import { ConfigError, type ConfigIssue } from './errors';
import { CONFIG_DIR_ENV, CONFIG_FILES, DEFAULT_CONFIG_DIR, FILE_PURPOSE } from './files';
import type { OrgModel } from './model';
import { applyReplacements, type Replacement, type ReplacementContext } from './replacements';
import {
  accountsConfigSchema,
  globalConfigSchema,
  organizationConfigSchema,
  replacementsConfigSchema,
  securityConfigSchema,
} from './schema/lza-schemas';
import { terraformConfigSchema } from './schema/terraform-config-schema';
import { validateFile } from './validate';
import { parseYamlFile } from './yaml-file';
import type { z } from 'zod';

/** The configuration folder: `LZ_KEYS_CONFIG_DIR`, else `configs/`. */
export function configDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env[CONFIG_DIR_ENV] || DEFAULT_CONFIG_DIR;
}

export function loadOrgModel(configDir: string): OrgModel {
  const issues: ConfigIssue[] = [];
  if (!fs.existsSync(configDir) || !fs.statSync(configDir).isDirectory()) {
    throw new ConfigError(configDir, [
      { file: configDir, field: '(folder)', expected: `a configuration folder holding ${Object.values(CONFIG_FILES).join(', ')}` },
    ]);
  }
  const read = (key: keyof typeof CONFIG_FILES, optional = false): string | undefined => {
    const file = path.join(configDir, CONFIG_FILES[key]);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    if (!optional) {
      issues.push({ file: CONFIG_FILES[key], field: '(file)', found: 'no such file', expected: `the file, with ${FILE_PURPOSE[key]}` });
    }
    return undefined;
  };
  const parse = <S extends z.ZodTypeAny>(
    key: keyof typeof CONFIG_FILES,
    schema: S,
    text: string | undefined,
    context?: ReplacementContext,
  ): Parsed<z.output<S>> | undefined => {
    if (text === undefined) return undefined;
    const parsed = parseYamlFile(CONFIG_FILES[key], context ? applyReplacements(text, context) : text);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return undefined;
    }
    const config = validateFile(schema, parsed.yaml, issues);
    return config === undefined ? undefined : { config, yaml: parsed.yaml };
  };

  const texts = {
    accounts: read('accounts'),
    global: read('global'),
    security: read('security'),
    organization: read('organization'),
    terraform: read('terraform'),
  };
  const replacementsFile = parse('replacements', replacementsConfigSchema, read('replacements', true));
  const replacements = new Map<string, Replacement>(
    (replacementsFile?.config.globalReplacements ?? []).map((r) => [r.key, r] as const),
  );
  // accounts-config.yaml is read first: `{{account Name}}` elsewhere needs its ids.
  const accounts = parse('accounts', accountsConfigSchema, texts.accounts, { replacements, accountIds: new Map() });
  const context: ReplacementContext = { replacements, accountIds: accountIdsByName(accounts?.config) };
  const parsed = {
    accounts,
    global: parse('global', globalConfigSchema, texts.global, context),
    security: parse('security', securityConfigSchema, texts.security, context),
    organization: parse('organization', organizationConfigSchema, texts.organization, context),
    // The project's own file takes no placeholders: it is written for this tool, not shared with LZA.
    terraform: parse('terraform', terraformConfigSchema, texts.terraform),
  };
  if (issues.length > 0 || !isComplete(parsed)) throw new ConfigError(configDir, issues);
  const model = buildModel(parsed, issues);
  if (model === undefined) throw new ConfigError(configDir, issues);
  return model;
}

function isComplete(parsed: { [K in keyof ParsedConfig]: ParsedConfig[K] | undefined }): parsed is ParsedConfig {
  return Object.values(parsed).every((value) => value !== undefined);
}

function accountIdsByName(config: z.output<typeof accountsConfigSchema> | undefined): Map<string, string> {
  if (config === undefined) return new Map();
  const idByEmail = new Map(config.accountIds.map((e) => [e.email.toLowerCase(), e.accountId]));
  const ids = new Map<string, string>();
  for (const account of [...config.mandatoryAccounts, ...config.workloadAccounts]) {
    const id = idByEmail.get(account.email.toLowerCase());
    if (id !== undefined) ids.set(account.name, id);
  }
  return ids;
}
