import { KMSClient, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { USAGE } from '../../modules/orphans/args';
import { EXIT, main } from '../../modules/orphans/cli';
import { AwsClients } from '../../modules/orphans/clients';
import { KEY_ARN, recordingIo } from './support/deps';
import { givenKey } from './support/kms-key';

const kms = mockClient(KMSClient);
afterAll(() => kms.restore());

const NO_CONFIG = { LZ_KEYS_CONFIG_DIR: '/nonexistent/configs' };

async function run(argv: string[], env: NodeJS.ProcessEnv = NO_CONFIG) {
  const io = recordingIo();
  const code = await main(argv, { env, io, clients: new AwsClients({}) });
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('orphans cli', () => {
  it.each([[['frobnicate']], [['scan', '--verbose']], [['tag']], [['audit', '--key', 'not-an-arn']]])(
    'exits 2 with the usage for %p',
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stderr).toContain(USAGE);
      expect(result.stdout).toBe('');
    },
  );

  it('prints the usage on stdout for help and exits 0', async () => {
    expect(await run(['help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('fails with the configuration error when the folder exists but is not valid, instead of ignoring it', async () => {
    // GIVEN an existing, empty configuration folder
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orphans-bad-config-'));
    try {
      // WHEN
      const result = await run(['scan', '--regions', 'eu-west-1'], { LZ_KEYS_CONFIG_DIR: dir });

      // THEN
      expect(result.code).toBe(EXIT.failed);
      expect(result.stderr).toMatch(new RegExp(`^The configuration in ${dir} is not valid`));
      expect(result.stderr).toContain('accounts-config.yaml has 1 issue:');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the message alone when a command cannot run', async () => {
    const result = await run(['scan', '--all-accounts', '--regions', 'eu-west-1']);
    expect(result).toEqual({
      code: EXIT.failed,
      stdout: '',
      stderr: '--all-accounts needs the configuration folder, and there is none at /nonexistent/configs. Set LZ_KEYS_CONFIG_DIR to it.',
    });
  });

  it('exits 1 when a command refuses', async () => {
    kms.reset();
    givenKey(kms, { arn: KEY_ARN, aliases: ['alias/accelerator/kms/s3/key'] });
    const result = await run(['schedule-deletion', '--key', KEY_ARN, '--yes']);
    expect(result.code).toBe(EXIT.failed);
    expect(kms.commandCalls(ScheduleKeyDeletionCommand)).toEqual([]);
  });
});
