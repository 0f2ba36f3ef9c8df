import { KMSClient, TagResourceCommand } from '@aws-sdk/client-kms';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { parseKeyArn } from '../../modules/orphans/arn';
import { tag } from '../../modules/orphans/tag';
import { ACCOUNT, allEnabledSettings, awsError, KEY_ARN, ORPHAN_TAGS, testDeps } from './support/deps';
import { givenKey } from './support/kms-key';

const kms = mockClient(KMSClient);
const sts = mockClient(STSClient);
const OTHER_ARN = 'arn:aws:kms:eu-west-1:111111111111:key/00000000-1111-2222-3333-444444444444';
const CLEANUP = [{ TagKey: 'accelerator:status', TagValue: 'orphan-cleanup' }];

beforeEach(() => {
  kms.reset();
  sts.reset();
});
afterAll(() => {
  kms.restore();
  sts.restore();
});

describe('tag', () => {
  it('adds accelerator:status=orphan-cleanup to an orphan, in the Region of its ARN', async () => {
    // GIVEN an orphan in eu-west-1
    givenKey(kms, { arn: KEY_ARN });
    kms.on(TagResourceCommand).resolves({});
    const deps = testDeps();

    // WHEN
    const outcome = await tag({ keys: [parseKeyArn(KEY_ARN)], allAccounts: false }, deps);

    // THEN
    expect(outcome).toBe('ok');
    const [call] = kms.commandCalls(TagResourceCommand);
    expect(call?.args[0].input).toEqual({ KeyId: parseKeyArn(KEY_ARN).keyId, Tags: CLEANUP });
    expect(await call?.thisValue.config.region()).toBe('eu-west-1');
    expect(deps.io.stdout()).toBe(`${KEY_ARN}: tagged accelerator:status=orphan-cleanup`);
  });

  it('tags nothing when one of the keys is not an orphan, and says why', async () => {
    // GIVEN an orphan and a key that still has its alias
    givenKey(kms, { arn: KEY_ARN });
    givenKey(kms, { arn: OTHER_ARN, aliases: ['alias/accelerator/kms/lambda/key'] });
    const deps = testDeps();

    // WHEN
    const outcome = await tag({ keys: [parseKeyArn(KEY_ARN), parseKeyArn(OTHER_ARN)], allAccounts: false }, deps);

    // THEN
    expect(outcome).toBe('refused');
    expect(kms.commandCalls(TagResourceCommand)).toEqual([]);
    expect(deps.io.stderr()).toBe(
      `Refusing to tag ${OTHER_ARN}:\n  - it has an alias (alias/accelerator/kms/lambda/key), so a stack still manages it\nNothing was tagged.`,
    );
  });

  it('leaves an already tagged orphan alone', async () => {
    givenKey(kms, { arn: KEY_ARN, tags: [...ORPHAN_TAGS, ...CLEANUP] });
    const deps = testDeps();
    expect(await tag({ keys: [parseKeyArn(KEY_ARN)], allAccounts: false }, deps)).toBe('ok');
    expect(kms.commandCalls(TagResourceCommand)).toEqual([]);
    expect(deps.io.stdout()).toContain('already tagged');
  });

  it('names account, Region and kms:TagResource when tagging is denied', async () => {
    givenKey(kms, { arn: KEY_ARN });
    kms.on(TagResourceCommand).rejects(awsError('AccessDeniedException', 'no identity-based policy allows the kms:TagResource action'));
    await expect(tag({ keys: [parseKeyArn(KEY_ARN)], allAccounts: false }, testDeps())).rejects.toThrow(
      `Access denied in account ${ACCOUNT}, Region eu-west-1: the caller may not kms:TagResource.`,
    );
  });

  describe('with --all-accounts', () => {
    const auditKey = 'arn:aws:kms:us-west-2:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';

    it("reaches the key's account through managementAccountAccessRole", async () => {
      // GIVEN Management credentials and an orphan in the Audit account
      sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT });
      sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) } });
      givenKey(kms, { arn: auditKey });
      kms.on(TagResourceCommand).resolves({});

      // WHEN
      await tag({ keys: [parseKeyArn(auditKey)], allAccounts: true }, testDeps({ settings: allEnabledSettings() }));

      // THEN the tagging client signs with the assumed role's session
      const [call] = kms.commandCalls(TagResourceCommand);
      expect((await call?.thisValue.config.credentials())?.accessKeyId).toBe('ASIA');
      expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input.RoleArn).toBe('arn:aws:iam::222222222222:role/AWSControlTowerExecution');
    });

    it('refuses a key of an account the configuration does not know', async () => {
      const stranger = 'arn:aws:kms:us-west-2:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab';
      await expect(tag({ keys: [parseKeyArn(stranger)], allAccounts: true }, testDeps({ settings: allEnabledSettings() }))).rejects.toThrow(
        `Account 999999999999 of ${stranger} is not in the configuration at`,
      );
    });
  });
});
