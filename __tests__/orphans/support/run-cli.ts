/** Runs the real CLI as `npm run orphans` does, in a child process with a controlled environment. */
import { execFile } from 'child_process';
import * as path from 'path';

export const WORKTREE_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run-app.js', 'modules/orphans/cli.ts', ...args],
      {
        cwd: WORKTREE_ROOT,
        // Nothing of the developer's own AWS setup may leak in: no profile, no config files.
        env: {
          PATH: process.env.PATH,
          AWS_CONFIG_FILE: path.join(WORKTREE_ROOT, 'no-such-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: path.join(WORKTREE_ROOT, 'no-such-aws-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          ...env,
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
