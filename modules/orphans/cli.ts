/**
 * Entry point of `npm run orphans -- <command>`: parses the command line, runs the command, and
 * maps the result to an exit code (0 done, 1 refused or failed, 2 bad usage).
 */
import { ConfigError } from '../config';
import { parseInvocation, USAGE, UsageError, type Invocation } from './args';
import { audit } from './audit';
import { OrphansError } from './aws-errors';
import { AwsClients } from './clients';
import type { Deps, Outcome } from './command';
import { processIo, type Io } from './io';
import { scan } from './scan';
import { scheduleDeletion } from './schedule-deletion';
import { loadSettings } from './settings';
import { tag } from './tag';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly io: Io;
  readonly clients?: AwsClients;
  readonly now?: () => Date;
}

export async function main(argv: readonly string[], { env, io, clients, now }: CliEnvironment): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (invocation.command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    const deps: Deps = { io, settings: loadSettings(env), clients: clients ?? new AwsClients(env), now: now ?? (() => new Date()) };
    return (await run(invocation, deps)) === 'ok' ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof OrphansError) io.err(error.message);
    else io.err(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.failed;
  }
}

function run(invocation: Exclude<Invocation, { command: 'help' }>, deps: Deps): Promise<Outcome> {
  switch (invocation.command) {
    case 'scan':
      return scan(invocation, deps);
    case 'tag':
      return tag(invocation, deps);
    case 'audit':
      return audit(invocation, deps);
    case 'schedule-deletion':
      return scheduleDeletion(invocation, deps);
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { env: process.env, io: processIo() }).then((code) => {
    process.exitCode = code;
  });
}
