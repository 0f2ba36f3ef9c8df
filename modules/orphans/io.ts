/**
 * The commands' only way to talk to the user. Results go to stdout (so `--json | jq` works);
 * progress, warnings and questions go to stderr.
 */
import * as readline from 'readline';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Whether a person can answer a question; false for pipes and CI. */
  readonly interactive: boolean;
  /** Asks on stderr, reads one line from stdin; undefined when stdin closes first. */
  ask(question: string): Promise<string | undefined>;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    interactive: process.stdin.isTTY === true,
    ask: (question) =>
      new Promise((resolve) => {
        const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
        let answered = false;
        rl.question(question, (answer) => {
          answered = true;
          rl.close();
          resolve(answer);
        });
        rl.on('close', () => {
          if (!answered) resolve(undefined);
        });
      }),
  };
}
