import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { parseKeyArn } from '../../modules/orphans/arn';
import { audit } from '../../modules/orphans/audit';
import type { KeyUsage } from '../../modules/orphans/usage';
import { ACCOUNT, awsError, KEY_ARN, NOW, testDeps } from './support/deps';

const cloudTrail = mockClient(CloudTrailClient);
const event = (name: string, day: number, username = 'app-role') => ({ EventName: name, EventTime: new Date(Date.UTC(2025, 5, day)), Username: username });
const key = parseKeyArn(KEY_ARN);

beforeEach(() => cloudTrail.reset());
afterAll(() => cloudTrail.restore());

describe('audit', () => {
  it("counts usage events over every page of the last 90 days, in the key's Region", async () => {
    // GIVEN two pages of events, newest first
    cloudTrail.on(LookupEventsCommand).resolves({
      Events: [event('DescribeKey', 29), event('GenerateDataKeyWithoutPlaintext', 28, 'writer'), event('Decrypt', 27)],
      NextToken: 'page-2',
    });
    cloudTrail.on(LookupEventsCommand, { NextToken: 'page-2' }).resolves({ Events: [event('Encrypt', 3), event('ReEncrypt', 2), event('Decrypt', 1)] });
    const deps = testDeps();

    // WHEN
    const outcome = await audit({ key, json: true, allAccounts: false }, deps);

    // THEN
    expect(outcome).toBe('ok');
    const usage = JSON.parse(deps.io.stdout()) as KeyUsage;
    expect(usage).toMatchObject({
      keyArn: KEY_ARN,
      account: ACCOUNT,
      region: 'eu-west-1',
      lookbackDays: 90,
      counts: { Encrypt: 1, 'GenerateDataKey*': 1, 'ReEncrypt*': 1, Decrypt: 2 },
      eventsRead: 6,
      lastUse: { eventName: 'GenerateDataKeyWithoutPlaintext', eventTime: '2025-06-28T00:00:00.000Z', username: 'writer' },
      complete: true,
    });
    const [first] = cloudTrail.commandCalls(LookupEventsCommand);
    expect(first?.args[0].input).toMatchObject({
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: KEY_ARN }],
      StartTime: new Date('2025-04-01T12:00:00Z'),
      EndTime: NOW,
    });
    expect(await first?.thisValue.config.region()).toBe('eu-west-1');
  });

  it('says in its text output that LookupEvents sees 90 days only', async () => {
    cloudTrail.on(LookupEventsCommand).resolves({ Events: [] });
    const deps = testDeps();
    await audit({ key, json: false, allAccounts: false }, deps);
    expect(deps.io.stdout()).toContain('CloudTrail LookupEvents covers only the last 90 days');
    expect(deps.io.stdout()).toContain('No use in the last 90 days.');
  });

  it('reports progress on long reads', async () => {
    // GIVEN 25 pages of one event each
    cloudTrail.on(LookupEventsCommand).callsFake((input: { NextToken?: string }) => {
      const page = Number(input.NextToken ?? 0);
      return { Events: [event('DescribeKey', 1)], ...(page < 24 && { NextToken: String(page + 1) }) };
    });
    const deps = testDeps();
    await audit({ key, json: true, allAccounts: false }, deps);
    expect(deps.io.errLines).toEqual([`audit: 20 CloudTrail events read for ${key.keyId}`]);
  });

  it('names account, Region and cloudtrail:LookupEvents when denied', async () => {
    cloudTrail.on(LookupEventsCommand).rejects(awsError('AccessDeniedException', 'not authorized'));
    await expect(audit({ key, json: true, allAccounts: false }, testDeps())).rejects.toThrow(
      `Access denied in account ${ACCOUNT}, Region eu-west-1: the caller may not cloudtrail:LookupEvents.`,
    );
  });
});
