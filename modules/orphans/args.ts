/**
 * Command line → Invocation. Pure, so every usage error is testable without a process; node's own
 * parseArgs in strict mode rejects unknown flags, which a hand-rolled parser tends to ignore.
 */
import { parseArgs } from 'util';
import { KeyArnError, parseKeyArn, type KeyRef } from './arn';
import { PENDING_WINDOW_DAYS } from './schedule-deletion';
import { LOOKBACK_DAYS } from './usage';

export const USAGE = `Usage: npm run orphans -- <command> [options]

Orphaned KMS keys: customer-managed, tagged Accelerator=<prefix>, Enabled, without an alias.

Commands:
  scan [--regions r1,r2] [--prefix P] [--json] [--all-accounts]
      List orphans. Regions: --regions, else the configuration's enabledRegions, else the current Region.
  tag --key <arn> [--key <arn> ...] [--prefix P] [--all-accounts]
      Tag orphans accelerator:status=orphan-cleanup so cost reports can leave them out.
  audit --key <arn> [--json] [--all-accounts]
      Count Encrypt, GenerateDataKey*, ReEncrypt* and Decrypt events in CloudTrail (last ${LOOKBACK_DAYS} days).
  schedule-deletion --key <arn> [--yes] [--prefix P] [--all-accounts]
      Schedule an unused orphan's deletion with the ${PENDING_WINDOW_DAYS}-day waiting period, after confirmation.

Options:
  --key <arn>       a key ARN; the command works in the Region the ARN names
  --prefix P        the Accelerator tag value (default: the configuration's prefix, else AWSAccelerator)
  --all-accounts    reach accounts through the configuration's managementAccountAccessRole:
                    every configured account (scan), or the key's account (other commands)
  --json            machine-readable output on stdout
  --yes             schedule-deletion without asking

The configuration folder is LZ_KEYS_CONFIG_DIR, else ./configs; credentials, Region and endpoints
come from the AWS SDK's usual chain (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, ...).
Exit codes: 0 done, 1 refused or failed, 2 bad usage.`;

export type Invocation =
  | { readonly command: 'help' }
  | { readonly command: 'scan'; readonly regions?: readonly string[]; readonly prefix?: string; readonly json: boolean; readonly allAccounts: boolean }
  | { readonly command: 'tag'; readonly keys: readonly KeyRef[]; readonly prefix?: string; readonly allAccounts: boolean }
  | { readonly command: 'audit'; readonly key: KeyRef; readonly json: boolean; readonly allAccounts: boolean }
  | { readonly command: 'schedule-deletion'; readonly key: KeyRef; readonly yes: boolean; readonly prefix?: string; readonly allAccounts: boolean };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

const COMMON = { help: { type: 'boolean', short: 'h' }, 'all-accounts': { type: 'boolean' } } as const;
const PREFIX = { prefix: { type: 'string' } } as const;
const JSON_FLAG = { json: { type: 'boolean' } } as const;
const KEYS = { key: { type: 'string', multiple: true } } as const;

const OPTIONS = {
  scan: { ...COMMON, ...PREFIX, ...JSON_FLAG, regions: { type: 'string' } },
  tag: { ...COMMON, ...PREFIX, ...KEYS },
  audit: { ...COMMON, ...JSON_FLAG, ...KEYS },
  'schedule-deletion': { ...COMMON, ...PREFIX, ...KEYS, yes: { type: 'boolean' } },
} as const;

type CommandName = keyof typeof OPTIONS;

export function parseInvocation(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (!isCommand(command)) throw new UsageError(`Unknown command ${JSON.stringify(command)}.`);
  const values = parseFlags(command, rest);
  if (values.help === true) return { command: 'help' };
  const allAccounts = values['all-accounts'] === true;
  const prefix = stringFlag(values.prefix, '--prefix');
  switch (command) {
    case 'scan':
      return { command, regions: regionsFlag(values.regions), prefix, json: values.json === true, allAccounts };
    case 'tag':
      return { command, keys: keysFlag(command, values.key, 'many'), prefix, allAccounts };
    case 'audit':
      return { command, key: keysFlag(command, values.key, 'one')[0] as KeyRef, json: values.json === true, allAccounts };
    case 'schedule-deletion':
      return { command, key: keysFlag(command, values.key, 'one')[0] as KeyRef, yes: values.yes === true, prefix, allAccounts };
  }
}

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

type FlagValue = string | boolean | (string | boolean)[] | undefined;

function parseFlags(command: CommandName, args: readonly string[]): Record<string, FlagValue> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS[command], strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError(`${command} takes no argument ${JSON.stringify(positionals[0])}; flags start with --.`);
    return values as Record<string, FlagValue>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs' messages are clear but end with advice about positionals that does not apply here.
    // Read `message` without instanceof: node's own errors come from another realm under jest.
    const message = String((error as { message?: unknown }).message ?? error).split('. To specify')[0];
    throw new UsageError(`${command}: ${message}`);
  }
}

function stringFlag(value: FlagValue, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${flag} needs a value.`);
  return value;
}

function regionsFlag(value: FlagValue): readonly string[] | undefined {
  const text = stringFlag(value, '--regions');
  if (text === undefined) return undefined;
  const regions = [...new Set(text.split(',').map((region) => region.trim()).filter((region) => region !== ''))];
  const bad = regions.filter((region) => !REGION.test(region));
  if (regions.length === 0 || bad.length > 0) {
    throw new UsageError(`--regions takes Region names separated by commas, e.g. us-east-1,eu-west-1; not ${JSON.stringify(bad[0] ?? text)}.`);
  }
  return regions;
}

function keysFlag(command: CommandName, value: FlagValue, count: 'one' | 'many'): KeyRef[] {
  const texts = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (texts.length === 0) throw new UsageError(`${command} needs --key <arn>.`);
  if (count === 'one' && texts.length > 1) throw new UsageError(`${command} takes exactly one --key.`);
  return texts.map((text) => {
    try {
      return parseKeyArn(text);
    } catch (error) {
      throw error instanceof KeyArnError ? new UsageError(error.message) : error;
    }
  });
}
