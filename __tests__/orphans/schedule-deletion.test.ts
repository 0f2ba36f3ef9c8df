import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { KMSClient, ScheduleKeyDeletionCommand, type KeyMetadata } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { parseKeyArn } from '../../modules/orphans/arn';
import { PENDING_WINDOW_DAYS, scheduleDeletion } from '../../modules/orphans/schedule-deletion';
import { awsError, KEY_ARN, KEY_ID, recordingIo, testDeps } from './support/deps';
import { givenKey, type GivenKey } from './support/kms-key';

const kms = mockClient(KMSClient);
const cloudTrail = mockClient(CloudTrailClient);
const key = parseKeyArn(KEY_ARN);
const DELETION_DATE = new Date('2025-07-30T12:00:00Z');

beforeEach(() => {
  kms.reset();
  cloudTrail.reset();
  kms.on(ScheduleKeyDeletionCommand).resolves({ KeyId: KEY_ARN, DeletionDate: DELETION_DATE, KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
  cloudTrail.on(LookupEventsCommand).resolves({ Events: [{ EventName: 'DescribeKey', EventTime: new Date('2025-06-01T00:00:00Z') }] });
});
afterAll(() => {
  kms.restore();
  cloudTrail.restore();
});

const scheduled = () => kms.commandCalls(ScheduleKeyDeletionCommand).map((call) => call.args[0].input);

describe('schedule-deletion', () => {
  it('schedules an unused orphan with a 30-day window, and says how to cancel and that it becomes irreversible', async () => {
    // GIVEN an orphan whose CloudTrail shows no use
    givenKey(kms, { arn: KEY_ARN });
    const deps = testDeps();

    // WHEN confirmed by --yes
    const outcome = await scheduleDeletion({ key, yes: true, allAccounts: false }, deps);

    // THEN
    expect(outcome).toBe('ok');
    expect(PENDING_WINDOW_DAYS).toBe(30);
    expect(scheduled()).toEqual([{ KeyId: KEY_ID, PendingWindowInDays: 30 }]);
    expect(deps.io.stdout()).toContain(`Scheduled deletion of ${KEY_ARN} on 2025-07-30T12:00:00.000Z (30-day waiting period)`);
    expect(deps.io.stdout()).toContain('Deletion becomes irreversible when the window ends');
    expect(deps.io.stdout()).toContain(`aws kms cancel-key-deletion --key-id ${KEY_ID} --region eu-west-1`);
    expect(deps.io.stderr()).toContain('LookupEvents covers only the last 90 days');
  });

  it.each<[string, Omit<GivenKey, 'arn'>, string]>([
    ['with an alias', { aliases: ['alias/accelerator/kms/s3/key'] }, 'it has an alias (alias/accelerator/kms/s3/key), so a stack still manages it'],
    ['without the Accelerator tag', { tags: [] }, 'it lacks the tag Accelerator=AWSAccelerator, so this landing zone did not create it'],
    ['pending deletion', { metadata: { KeyState: 'PendingDeletion' } }, 'it is already pending deletion (KeyState PendingDeletion)'],
    ['Disabled', { metadata: { KeyState: 'Disabled' } }, 'it is Disabled, not Enabled'],
    ['AWS-managed', { metadata: { KeyManager: 'AWS' } as Partial<KeyMetadata>, aliases: ['aws/ebs'] }, 'it is AWS-managed (KeyManager AWS): AWS owns its lifecycle'],
  ])('refuses a key %s, with the reason, before reading CloudTrail', async (_, given, reason) => {
    givenKey(kms, { arn: KEY_ARN, ...given });
    const deps = testDeps();

    expect(await scheduleDeletion({ key, yes: true, allAccounts: false }, deps)).toBe('refused');

    expect(deps.io.stderr()).toContain(`Refusing to schedule deletion of ${KEY_ARN}:`);
    expect(deps.io.stderr()).toContain(`  - ${reason}`);
    expect(scheduled()).toEqual([]);
    expect(cloudTrail.commandCalls(LookupEventsCommand)).toEqual([]);
  });

  it('refuses a key CloudTrail shows in use, stopping at the first usage event', async () => {
    // GIVEN a Decrypt on the first of several pages
    givenKey(kms, { arn: KEY_ARN });
    cloudTrail.on(LookupEventsCommand).resolves({
      Events: [{ EventName: 'Decrypt', EventTime: new Date('2025-06-20T00:00:00Z'), Username: 'reader' }],
      NextToken: 'more',
    });
    const deps = testDeps();

    // WHEN
    const outcome = await scheduleDeletion({ key, yes: true, allAccounts: false }, deps);

    // THEN
    expect(outcome).toBe('refused');
    expect(deps.io.stderr()).toContain(
      'CloudTrail shows it in use (Decrypt at 2025-06-20T00:00:00.000Z by reader): a Decrypt proves data exists that only this key can read.',
    );
    expect(cloudTrail.commandCalls(LookupEventsCommand)).toHaveLength(1);
    expect(scheduled()).toEqual([]);
  });

  it('refuses an Encrypt as use too', async () => {
    givenKey(kms, { arn: KEY_ARN });
    cloudTrail.on(LookupEventsCommand).resolves({ Events: [{ EventName: 'Encrypt', EventTime: new Date('2025-06-20T00:00:00Z') }] });
    expect(await scheduleDeletion({ key, yes: true, allAccounts: false }, testDeps())).toBe('refused');
    expect(scheduled()).toEqual([]);
  });

  describe('confirmation', () => {
    beforeEach(() => givenKey(kms, { arn: KEY_ARN }));

    it('refuses without --yes when nobody can answer', async () => {
      const deps = testDeps({ io: recordingIo({ interactive: false }) });
      expect(await scheduleDeletion({ key, yes: false, allAccounts: false }, deps)).toBe('refused');
      expect(deps.io.stderr()).toContain('Not scheduled: stdin is not a terminal, so nobody can confirm. Pass --yes');
      expect(deps.io.questions).toEqual([]);
      expect(scheduled()).toEqual([]);
    });

    it('asks, naming the key and the 30 days, and schedules on "yes"', async () => {
      const deps = testDeps({ io: recordingIo({ interactive: true, answer: 'yes' }) });
      expect(await scheduleDeletion({ key, yes: false, allAccounts: false }, deps)).toBe('ok');
      expect(deps.io.questions[0]).toContain(`About to schedule deletion of ${KEY_ARN}`);
      expect(deps.io.questions[0]).toContain('KMS deletes it after 30 days');
      expect(scheduled()).toEqual([{ KeyId: KEY_ID, PendingWindowInDays: 30 }]);
    });

    it.each(['y', 'no', '', undefined])('does nothing on the answer %p', async (answer) => {
      const deps = testDeps({ io: recordingIo({ interactive: true, answer }) });
      expect(await scheduleDeletion({ key, yes: false, allAccounts: false }, deps)).toBe('refused');
      expect(deps.io.stderr()).toContain('Not scheduled: not confirmed.');
      expect(scheduled()).toEqual([]);
    });
  });

  it('names account, Region and kms:ScheduleKeyDeletion when denied', async () => {
    givenKey(kms, { arn: KEY_ARN });
    kms.on(ScheduleKeyDeletionCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
    await expect(scheduleDeletion({ key, yes: true, allAccounts: false }, testDeps())).rejects.toThrow(
      'Access denied in account 111111111111, Region eu-west-1: the caller may not kms:ScheduleKeyDeletion.',
    );
  });
});
