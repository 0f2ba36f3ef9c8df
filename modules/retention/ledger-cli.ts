/**
 * `npm run ledger -- <command>`: the only way keys leave the ledger.
 *   removed                   what the ledger holds that the configuration no longer produces:
 *                             the removed blocks synth renders, candidates to retire once applied
 *   retire <stack> [<key>...] after the stack was applied: drop the stack (a tombstone) or the
 *                             named keys (`cloudwatch` or `aws_kms_key.cloudwatch`) from the ledger
 * Retiring never touches AWS or Terraform state; it only stops synth from rendering the removed
 * blocks. Done before the apply that forgets the key, it would let a later plan destroy it,
 * so it refuses whatever the configuration still produces and whatever a local state still holds.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, configDirFromEnv, loadOrgModel, type OrgModel } from '../config';
import { planStacks } from '../plan';
import { localStatePath } from '../stacks/backend';
import { KEY_ADDRESS_PATTERN, keyAddress } from '../plan/addresses';
import { ledgerOf, withoutKeys } from './ledger';
import { ledgerPath, readLedger, writeLedger } from './ledger-file';
import { retainKeys } from './retain-keys';

export const LEDGER_USAGE = [
  'usage: npm run ledger -- removed',
  '       npm run ledger -- retire <stack> [<key>...]   (after the stack was applied; see docs/retention.md)',
].join('\n');

export class LedgerCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerCommandError';
  }
}

export interface LedgerCommandContext {
  readonly configDir: string;
  /** Where `cdktf.out/` lives, to find local state files. */
  readonly projectDir: string;
}

/** Runs one command; returns what to print. Throws LedgerCommandError when it refuses. */
export function runLedgerCommand(args: readonly string[], context: LedgerCommandContext): string {
  const [command, ...rest] = args;
  const model = loadOrgModel(context.configDir);
  if (command === 'removed' && rest.length === 0) return listRemoved(model, context);
  if (command === 'retire' && rest.length >= 1) return retire(model, context, rest[0], rest.slice(1));
  throw new LedgerCommandError(LEDGER_USAGE);
}

function listRemoved(model: OrgModel, context: LedgerCommandContext): string {
  // Exactly what synth renders (retention directives included); nothing is committed, so nothing is written.
  const { removals } = retainKeys(context.configDir, model, planStacks(model), 'update');
  if (removals.length === 0) return 'The ledger holds nothing the configuration no longer produces.';
  return removals
    .map((r) => `${r.stack}${r.tombstone ? ' (tombstone: retire the whole stack once applied)' : ''}: ${r.addresses.join(', ')}`)
    .join('\n');
}

function retire(model: OrgModel, context: LedgerCommandContext, stack: string, keys: readonly string[]): string {
  const ledger = readLedger(context.configDir);
  const entry = ledger.get(stack);
  if (entry === undefined) {
    throw new LedgerCommandError(`${stack} is not in ${ledgerPath(context.configDir)}; it holds ${[...ledger.keys()].join(', ') || 'no stacks'}.`);
  }
  const addresses = keys.map((key) => (KEY_ADDRESS_PATTERN.test(key) ? key : keyAddress(key)));
  const unknown = addresses.filter((address) => !entry.keys.includes(address));
  if (unknown.length > 0) {
    throw new LedgerCommandError(`${stack} has no ${unknown.join(', ')} in the ledger; it holds ${entry.keys.join(', ')}.`);
  }
  const produced = ledgerOf(planStacks(model)).get(stack)?.keys ?? [];
  const stillProduced = addresses.length === 0 ? produced : addresses.filter((address) => produced.includes(address));
  if (stillProduced.length > 0) {
    throw new LedgerCommandError(
      `Refusing to retire: the configuration still produces ${stillProduced.join(', ')} in ${stack}. ` +
        'Only a key the configuration no longer produces is retired, after the apply that forgot it.',
    );
  }
  const retiring = addresses.length === 0 ? entry.keys : addresses;
  const inState = keysInLocalState(model, context, stack, retiring);
  if (inState.length > 0) {
    throw new LedgerCommandError(
      `Refusing to retire: the Terraform state of ${stack} still holds ${inState.join(', ')}. Apply the stack first ` +
        '(its removed blocks make Terraform forget the keys), then retire.',
    );
  }
  writeLedger(context.configDir, withoutKeys(ledger, stack, addresses.length === 0 ? undefined : addresses));
  return [
    `Retired from ${ledgerPath(context.configDir)}: ${stack} ${retiring.join(', ')}.`,
    model.backend.type === 'local'
      ? 'Commit the ledger.'
      : 'The state is not local, so it was not checked: be sure the stack was applied before committing the ledger.',
  ].join('\n');
}

/** Keys a local state file still holds; [] when the backend is not local or there is no state. */
function keysInLocalState(model: OrgModel, context: LedgerCommandContext, stack: string, addresses: readonly string[]): string[] {
  if (model.backend.type !== 'local') return [];
  const file = path.resolve(context.projectDir, 'cdktf.out', 'stacks', stack, localStatePath(stack));
  if (!fs.existsSync(file)) return [];
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as { resources?: Array<{ mode: string; type: string; name: string }> };
  const held = new Set((state.resources ?? []).filter((r) => r.mode === 'managed').map((r) => `${r.type}.${r.name}`));
  return addresses.filter((address) => held.has(address));
}

if (require.main === module) {
  try {
    process.stdout.write(`${runLedgerCommand(process.argv.slice(2), { configDir: configDirFromEnv(), projectDir: process.cwd() })}\n`);
  } catch (error) {
    if (error instanceof LedgerCommandError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
