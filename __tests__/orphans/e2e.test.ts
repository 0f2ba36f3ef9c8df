/**
 * End to end: the real CLI in a child process, against a local stand-in for KMS, CloudTrail and
 * STS reached only through AWS_ENDPOINT_URL, the way a user points the SDK at an endpoint.
 */
import * as fs from 'fs';
import * as path from 'path';
import { allEnabledConfigDir } from './support/config-dir';
import { FakeAws, keyArn, type FakeKey } from './support/fake-aws';
import { runCli, type CliRun } from './support/run-cli';

const DAY_MS = 24 * 60 * 60 * 1000;
const STANDARD_TAGS = { Accelerator: 'AWSAccelerator', 'accelerator:key': 'cloudwatch' };

const uuid = (n: number): string => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
const daysAgo = (days: number): Date => new Date(Date.now() - days * DAY_MS);

describe('orphans CLI against a local KMS/CloudTrail stand-in', () => {
  const aws = new FakeAws();
  let endpoint: string;
  let configDir: string;
  let keys: Record<string, FakeKey>;

  const env = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    LZ_KEYS_CONFIG_DIR: path.join(configDir, 'does-not-exist'),
    ...overrides,
  });

  beforeAll(async () => {
    // GIVEN the all-enabled LZA configuration (enabledRegions us-east-1 and us-west-2) and, in
    // those Regions, orphans among every kind of key that is not one
    configDir = allEnabledConfigDir();
    const east = 'us-east-1';
    const west = 'us-west-2';
    keys = {
      unused: aws.addKey({
        keyId: uuid(1),
        region: east,
        tags: { ...STANDARD_TAGS, 'accelerator:stack': 'AWSAccelerator-Management-us-east-1' },
        // Older than LookupEvents' 90 days: must not count.
        events: [{ name: 'Decrypt', time: daysAgo(120) }],
      }),
      inUse: aws.addKey({
        keyId: uuid(2),
        region: east,
        tags: { ...STANDARD_TAGS },
        // Newest first, the Decrypt sits on the second page of LookupEvents.
        events: [
          { name: 'DescribeKey', time: daysAgo(1) },
          { name: 'DescribeKey', time: daysAgo(2) },
          { name: 'Decrypt', time: daysAgo(10), username: 'reader-role' },
        ],
      }),
      aliased: aws.addKey({ keyId: uuid(3), region: east, tags: { ...STANDARD_TAGS }, aliases: ['alias/accelerator/kms/s3/key'] }),
      untagged: aws.addKey({ keyId: uuid(4), region: east }),
      otherPrefix: aws.addKey({ keyId: uuid(5), region: east, tags: { Accelerator: 'OtherLZ' } }),
      pending: aws.addKey({ keyId: uuid(6), region: east, tags: { ...STANDARD_TAGS }, keyState: 'PendingDeletion' }),
      awsManaged: aws.addKey({ keyId: uuid(7), region: east, keyManager: 'AWS', aliases: ['aws/ebs'] }),
      disabled: aws.addKey({ keyId: uuid(8), region: east, tags: { ...STANDARD_TAGS }, keyState: 'Disabled' }),
      westTagged: aws.addKey({ keyId: uuid(9), region: west, tags: { ...STANDARD_TAGS, 'accelerator:status': 'orphan-cleanup' } }),
      westToTag: aws.addKey({ keyId: uuid(10), region: west, tags: { ...STANDARD_TAGS } }),
      westUntagged: aws.addKey({ keyId: uuid(11), region: west }),
    };
    endpoint = await aws.start();
  });

  afterAll(async () => {
    await aws.stop();
    fs.rmSync(configDir, { recursive: true, force: true });
  });

  it('scan finds exactly the orphans in the configured Regions, retrying a throttled call', async () => {
    // GIVEN the first ListKeys call is throttled
    aws.throttle.set('kms:ListKeys', 1);

    // WHEN scanning with the configuration folder present
    const run = await runCli(['scan', '--json'], env({ LZ_KEYS_CONFIG_DIR: configDir }));

    // THEN exactly the four Enabled, tagged, alias-less customer keys are listed
    expect(run.code).toBe(0);
    const found = JSON.parse(run.stdout) as { keyArn: string; region: string; keyId: string; taggedForCleanup: boolean; tags: Record<string, string>; creationDate: string }[];
    expect(found.map((o) => o.keyArn).sort()).toEqual(
      [keys.unused, keys.inUse, keys.westTagged, keys.westToTag].map((key) => keyArn(key as FakeKey)).sort(),
    );
    const west = found.find((o) => o.keyId === uuid(9));
    expect(west).toMatchObject({ region: 'us-west-2', taggedForCleanup: true, creationDate: '2024-05-01T00:00:00.000Z' });
    expect(west?.tags['accelerator:key']).toBe('cloudwatch');
    // the throttled call was retried, and both enabledRegions were scanned
    const listKeys = aws.requestsFor('kms:ListKeys');
    expect(listKeys.filter((r) => r.region === 'us-east-1' && r.body.Marker === undefined)).toHaveLength(2);
    expect(new Set(listKeys.map((r) => r.region))).toEqual(new Set(['us-east-1', 'us-west-2']));
    expect(run.stderr).toMatch(/scan 2\/2: account 111111111111, Region us-west-2/);
  });

  describe('after the scan', () => {
    let runs: Record<'tag' | 'inUse' | 'aliased' | 'unused' | 'audit', CliRun>;

    beforeAll(async () => {
      // WHEN tagging, auditing and scheduling deletions, with no configuration folder
      const [tag, inUse, aliased, unused, audit] = await Promise.all([
        runCli(['tag', '--key', keyArn(keys.westToTag as FakeKey)], env()),
        runCli(['schedule-deletion', '--key', keyArn(keys.inUse as FakeKey), '--yes'], env()),
        runCli(['schedule-deletion', '--key', keyArn(keys.aliased as FakeKey), '--yes'], env()),
        runCli(['schedule-deletion', '--key', keyArn(keys.unused as FakeKey), '--yes'], env()),
        runCli(['audit', '--key', keyArn(keys.inUse as FakeKey), '--json'], env()),
      ]);
      runs = { tag: tag as CliRun, inUse: inUse as CliRun, aliased: aliased as CliRun, unused: unused as CliRun, audit: audit as CliRun };
    });

    const scheduled = (key: FakeKey): unknown[] =>
      aws.requestsFor('kms:ScheduleKeyDeletion').filter((r) => r.body.KeyId === key.keyId || r.body.KeyId === keyArn(key));

    it('tag sets accelerator:status=orphan-cleanup in the Region of the ARN', () => {
      expect(runs.tag.code).toBe(0);
      expect(keys.westToTag?.tags['accelerator:status']).toBe('orphan-cleanup');
      expect(aws.requestsFor('kms:TagResource').map((r) => r.region)).toEqual(['us-west-2']);
    });

    it('refuses to delete a key CloudTrail shows in use, naming the Decrypt', () => {
      expect(runs.inUse.code).toBe(1);
      expect(runs.inUse.stderr).toContain(`Refusing to schedule deletion of ${keyArn(keys.inUse as FakeKey)}`);
      expect(runs.inUse.stderr).toMatch(/in use \(Decrypt at .* by reader-role\): a Decrypt proves data exists/);
      expect(scheduled(keys.inUse as FakeKey)).toEqual([]);
      expect(keys.inUse?.keyState).toBe('Enabled');
    });

    it('refuses to delete a key with an alias, naming the alias', () => {
      expect(runs.aliased.code).toBe(1);
      expect(runs.aliased.stderr).toContain('it has an alias (alias/accelerator/kms/s3/key)');
      expect(scheduled(keys.aliased as FakeKey)).toEqual([]);
    });

    it('schedules an unused orphan with the 30-day window, and says how to cancel', () => {
      expect(runs.unused.code).toBe(0);
      expect(scheduled(keys.unused as FakeKey)).toEqual([
        expect.objectContaining({ body: { KeyId: uuid(1), PendingWindowInDays: 30 } }),
      ]);
      expect(aws.requestsFor('kms:ScheduleKeyDeletion').every((r) => r.body.PendingWindowInDays === 30)).toBe(true);
      expect(runs.unused.stdout).toContain(`aws kms cancel-key-deletion --key-id ${uuid(1)} --region us-east-1`);
      expect(runs.unused.stdout).toMatch(/irreversible when the window ends/);
    });

    it('audit counts the Decrypt within 90 days, across pages', () => {
      expect(runs.audit.code).toBe(0);
      const usage = JSON.parse(runs.audit.stdout) as { counts: Record<string, number>; eventsRead: number; lookbackDays: number };
      expect(usage).toMatchObject({ counts: { Encrypt: 0, 'GenerateDataKey*': 0, 'ReEncrypt*': 0, Decrypt: 1 }, eventsRead: 3, lookbackDays: 90 });
    });
  });
});
