/**
 * The ledger file, `key-ledger.json` next to the YAML files: stable, sorted JSON with one line
 * per key, so a pull request shows exactly which keys a change adds. Parsed with the YAML
 * reader (JSON is YAML) so that every problem names the file, the entry and its line.
 */
import { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../config/errors';
import { validateFile } from '../config/validate';
import { parseYamlFile } from '../config/yaml-file';
import { KEY_ADDRESS_PATTERN } from '../plan/addresses';
import { ledgerStackName, stackEntry, type KeyLedger } from './ledger';

export const LEDGER_FILE = 'key-ledger.json';
export const LEDGER_VERSION = 1;
export const LEDGER_NOTE =
  'lz-keys key ledger: every KMS key each stack has held. `npm run synth` adds new keys; ' +
  '`CI=true npm run synth` fails when one is missing. Keys leave only through `npm run ledger -- retire` ' +
  '(docs/retention.md); never edit by hand.';

const ACCOUNT_ID_EXPECTED = 'a 12-digit account id';
const REGION_EXPECTED = 'a Region name such as eu-west-1';
const ADDRESS_EXPECTED = "a key address: aws_kms_key.<purpose> with lowercase letters, digits and '_'";

const ledgerSchema = z.strictObject({
  '//': z.string().optional(),
  version: z.literal(LEDGER_VERSION, { error: `the ledger format version ${LEDGER_VERSION}` }),
  stacks: z.record(
    z.string(),
    z.strictObject({
      accountId: z.string({ error: ACCOUNT_ID_EXPECTED }).regex(/^\d{12}$/, { error: ACCOUNT_ID_EXPECTED }),
      region: z.string({ error: REGION_EXPECTED }).regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: REGION_EXPECTED }),
      keys: z.array(z.string({ error: ADDRESS_EXPECTED }).regex(KEY_ADDRESS_PATTERN, { error: ADDRESS_EXPECTED }), {
        error: 'a list of key addresses',
      }),
    }),
    { error: 'a mapping of stack names to their keys' },
  ),
});

/** Parses a ledger file's text; throws a ConfigError naming every bad entry. */
export function parseLedger(configDir: string, text: string): KeyLedger {
  // Strict JSON first: YAML would accept a merge-conflict marker or a trailing comma.
  const syntax = jsonSyntaxIssue(text);
  if (syntax !== undefined) throw new ConfigError(configDir, [syntax]);
  const parsed = parseYamlFile(LEDGER_FILE, text);
  if (!parsed.ok) throw new ConfigError(configDir, parsed.issues);
  const issues: ConfigIssue[] = [];
  const data = validateFile(ledgerSchema, parsed.yaml, issues);
  if (data === undefined) throw new ConfigError(configDir, issues);
  const ledger = new Map<string, ReturnType<typeof stackEntry>>();
  for (const [name, entry] of Object.entries(data.stacks)) {
    const at = ['stacks', name];
    const expectedName = ledgerStackName(entry);
    if (name !== expectedName) {
      issues.push({ file: LEDGER_FILE, field: `stacks.${name}`, line: parsed.yaml.lineOf(at), found: JSON.stringify(name),
        expected: `the stack name its accountId and region give (${expectedName})` });
    }
    entry.keys.forEach((key, i) => {
      if (entry.keys.indexOf(key) !== i) {
        issues.push({ file: LEDGER_FILE, field: `stacks.${name}.keys[${i}]`, line: parsed.yaml.lineOf([...at, 'keys', i]),
          found: JSON.stringify(key), expected: 'each key once' });
      }
    });
    ledger.set(name, stackEntry(entry.accountId, entry.region, entry.keys));
  }
  if (issues.length > 0) throw new ConfigError(configDir, issues);
  return ledger;
}

function jsonSyntaxIssue(text: string): ConfigIssue | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position === null ? undefined : text.slice(0, Number(position[1])).split('\n').length;
    return { file: LEDGER_FILE, field: '(JSON syntax)', ...(line !== undefined ? { line } : {}),
      expected: `valid JSON (${message}); after a merge conflict, take both sides' keys and run \`npm run synth\`` };
  }
}

/** The file's text: stacks and keys sorted, two-space indent, newline at the end. */
export function serializeLedger(ledger: KeyLedger): string {
  const stacks = Object.fromEntries(
    [...ledger.keys()].sort().map((name) => {
      const entry = ledger.get(name)!;
      return [name, { accountId: entry.accountId, region: entry.region, keys: [...entry.keys].sort() }];
    }),
  );
  return `${JSON.stringify({ '//': LEDGER_NOTE, version: LEDGER_VERSION, stacks }, null, 2)}\n`;
}
