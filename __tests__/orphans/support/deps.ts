/** Commands' dependencies for unit tests: real AwsClients (whose `send` aws-sdk-client-mock stubs), a recording Io. */
import * as fs from 'fs';
import { AwsClients } from '../../../modules/orphans/clients';
import type { Deps } from '../../../modules/orphans/command';
import type { Io } from '../../../modules/orphans/io';
import type { Settings } from '../../../modules/orphans/settings';
import { loadOrgModel } from '../../../modules/config';
import { allEnabledConfigDir } from './config-dir';

export const NOW = new Date('2025-06-30T12:00:00Z');
export const ACCOUNT = '111111111111';
export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${KEY_ID}`;
export const ORPHAN_TAGS = [
  { TagKey: 'Accelerator', TagValue: 'AWSAccelerator' },
  { TagKey: 'accelerator:key', TagValue: 'cloudwatch' },
  { TagKey: 'accelerator:stack', TagValue: 'AWSAccelerator-Management-eu-west-1' },
];

export interface RecordingIo extends Io {
  readonly outLines: string[];
  readonly errLines: string[];
  readonly questions: string[];
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function recordingIo({ interactive = false, answer }: { interactive?: boolean; answer?: string } = {}): RecordingIo {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const questions: string[] = [];
  return {
    outLines,
    errLines,
    questions,
    stdout: () => outLines.join('\n'),
    stderr: () => errLines.join('\n'),
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    interactive,
    ask: async (question) => {
      questions.push(question);
      return answer;
    },
  };
}

export function testDeps(overrides: { io?: RecordingIo; settings?: Settings } = {}): Deps & { io: RecordingIo } {
  return {
    io: overrides.io ?? recordingIo(),
    settings: overrides.settings ?? { configDir: '/nonexistent/configs' },
    clients: new AwsClients({}),
    now: () => NOW,
  };
}

/** The all-enabled LZA fixture (accounts 111111111111 to 666666666666, us-east-1 and us-west-2), loaded. */
export function allEnabledSettings(): Settings {
  const dir = allEnabledConfigDir();
  try {
    return { configDir: dir, model: loadOrgModel(dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An error as the SDK throws it for a service error response. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 400 } });
}
