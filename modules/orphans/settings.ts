/**
 * What the commands take from the configuration folder: the prefix, the Regions, the accounts and
 * the role to reach them. The folder is optional (the CLI must work on a laptop with only AWS
 * credentials), but a folder that exists and is broken is an error: silently ignoring it would
 * scan the wrong Regions with the wrong prefix.
 */
import * as fs from 'fs';
import { DEFAULT_PREFIX, configDirFromEnv, loadOrgModel, type OrgModel } from '../config';
import { roleArn } from '../iam/iam-names';
import type { KeyRef } from './arn';
import { OrphansError } from './aws-errors';
import type { AwsClients, Target } from './clients';

export interface Settings {
  readonly configDir: string;
  /** Undefined when the configuration folder does not exist. */
  readonly model?: OrgModel;
}

/** Throws the loader's ConfigError (file, field, line) when the folder exists but is not valid. */
export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  const configDir = configDirFromEnv(env);
  if (!fs.existsSync(configDir)) return { configDir };
  return { configDir, model: loadOrgModel(configDir) };
}

export function prefixOf(settings: Settings, flag: string | undefined): string {
  return flag ?? settings.model?.prefix ?? DEFAULT_PREFIX;
}

export function requireModel(settings: Settings, why: string): OrgModel {
  if (settings.model === undefined) {
    throw new OrphansError(
      `${why} needs the configuration folder, and there is none at ${settings.configDir}. Set LZ_KEYS_CONFIG_DIR to it.`,
    );
  }
  return settings.model;
}

export function roleArnFor(model: OrgModel, accountId: string): string {
  return roleArn(model.partition, accountId, model.managementAccountAccessRole);
}

/**
 * Where a key command runs. With --all-accounts a key in another configured account is reached
 * through managementAccountAccessRole; the caller's own account is used directly, as LZA does:
 * the role is made for member accounts and is usually absent from the Management account.
 */
export async function keyTarget(key: KeyRef, allAccounts: boolean, settings: Settings, clients: AwsClients): Promise<Target> {
  const where = { accountId: key.accountId, region: key.region };
  if (!allAccounts) return where;
  const model = requireModel(settings, '--all-accounts');
  if (!model.accounts.some((account) => account.id === key.accountId)) {
    throw new OrphansError(`Account ${key.accountId} of ${key.arn} is not in the configuration at ${settings.configDir}.`);
  }
  const caller = await clients.callerAccount(key.region);
  return caller === key.accountId ? where : { ...where, roleArn: roleArnFor(model, key.accountId) };
}
