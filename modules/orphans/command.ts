/** What every command receives and returns; the CLI turns the outcome into an exit code. */
import type { AwsClients } from './clients';
import type { Io } from './io';
import type { Settings } from './settings';

export interface Deps {
  readonly clients: AwsClients;
  readonly io: Io;
  readonly settings: Settings;
  readonly now: () => Date;
}

/** `refused`: the command declined on purpose (not an orphan, in use, not confirmed). `failed`: AWS said no. */
export type Outcome = 'ok' | 'refused' | 'failed';
