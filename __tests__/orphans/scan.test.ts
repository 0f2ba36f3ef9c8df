import {
  DescribeKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { Target } from '../../modules/orphans/clients';
import type { OrphanRecord } from '../../modules/orphans/format';
import { scan } from '../../modules/orphans/scan';
import { ACCOUNT, allEnabledSettings, awsError, ORPHAN_TAGS, testDeps } from './support/deps';
import { withEnv } from './support/env';

const kms = mockClient(KMSClient);
const sts = mockClient(STSClient);

const arn = (keyId: string, region = 'eu-west-1'): string => `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`;
const customer = (keyId: string, state = 'Enabled'): KeyMetadata => ({
  KeyId: keyId,
  KeyManager: 'CUSTOMER',
  KeyState: state as KeyMetadata['KeyState'],
  CreationDate: new Date('2024-05-01T00:00:00Z'),
});
const json = (text: string): OrphanRecord[] => JSON.parse(text) as OrphanRecord[];
const options = { json: true, allAccounts: false, regions: ['eu-west-1'] };

/** Every Region answers with the same single orphan, `orphan-1`. */
function givenOneOrphanKey(): void {
  kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'orphan-1', KeyArn: arn('orphan-1') }] });
  kms.on(DescribeKeyCommand).resolves({ KeyMetadata: customer('orphan-1') });
  kms.on(ListResourceTagsCommand).resolves({ Tags: ORPHAN_TAGS });
}

beforeEach(() => {
  kms.reset();
  sts.reset();
  sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT });
});
afterAll(() => {
  kms.restore();
  sts.restore();
});

describe('scan', () => {
  it('follows every page of keys, aliases and tags, and finds exactly the orphans', async () => {
    // GIVEN two pages of aliases, keys and (for one key) tags
    kms.on(ListAliasesCommand).resolves({ Aliases: [{ AliasName: 'aws/ebs', TargetKeyId: 'aws-ebs' }], NextMarker: 'a2', Truncated: true });
    kms.on(ListAliasesCommand, { Marker: 'a2' }).resolves({ Aliases: [{ AliasName: 'alias/accelerator/kms/s3/key', TargetKeyId: 'managed' }] });
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'aws-ebs', KeyArn: arn('aws-ebs') }, { KeyId: 'orphan-1', KeyArn: arn('orphan-1') }], NextMarker: 'k2', Truncated: true });
    kms.on(ListKeysCommand, { Marker: 'k2' }).resolves({
      Keys: ['managed', 'orphan-2', 'untagged', 'disabled'].map((id) => ({ KeyId: id, KeyArn: arn(id) })),
    });
    for (const id of ['orphan-1', 'orphan-2', 'untagged']) kms.on(DescribeKeyCommand, { KeyId: id }).resolves({ KeyMetadata: customer(id) });
    kms.on(DescribeKeyCommand, { KeyId: 'disabled' }).resolves({ KeyMetadata: customer('disabled', 'Disabled') });
    kms.on(ListResourceTagsCommand, { KeyId: 'orphan-1' }).resolves({ Tags: ORPHAN_TAGS.slice(1), NextMarker: 't2', Truncated: true });
    kms.on(ListResourceTagsCommand, { KeyId: 'orphan-1', Marker: 't2' }).resolves({ Tags: ORPHAN_TAGS.slice(0, 1) });
    kms.on(ListResourceTagsCommand, { KeyId: 'orphan-2' }).resolves({ Tags: [...ORPHAN_TAGS, { TagKey: 'accelerator:status', TagValue: 'orphan-cleanup' }] });
    kms.on(ListResourceTagsCommand, { KeyId: 'untagged' }).resolves({ Tags: [] });
    const deps = testDeps();

    // WHEN
    const outcome = await scan(options, deps);

    // THEN the two orphans, with the tags of both pages; aliased keys were never described
    expect(outcome).toBe('ok');
    const found = json(deps.io.stdout());
    expect(found.map((o) => o.keyId)).toEqual(['orphan-1', 'orphan-2']);
    expect(found[0]).toMatchObject({
      keyArn: arn('orphan-1'),
      account: ACCOUNT,
      region: 'eu-west-1',
      creationDate: '2024-05-01T00:00:00.000Z',
      tags: { Accelerator: 'AWSAccelerator', 'accelerator:key': 'cloudwatch' },
      taggedForCleanup: false,
    });
    expect(found[1]?.taggedForCleanup).toBe(true);
    const described = kms.commandCalls(DescribeKeyCommand).map((call) => call.args[0].input.KeyId);
    expect(described.sort()).toEqual(['disabled', 'orphan-1', 'orphan-2', 'untagged']);
    expect(kms.commandCalls(ListResourceTagsCommand).map((call) => call.args[0].input.KeyId)).not.toContain('disabled');
  });

  it('reports progress on stderr while examining many keys', async () => {
    // GIVEN 150 keys without alias, all disabled
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    kms.on(ListKeysCommand).resolves({ Keys: Array.from({ length: 150 }, (_, i) => ({ KeyId: `k${i}`, KeyArn: arn(`k${i}`) })) });
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: customer('k', 'Disabled') });
    const deps = testDeps();

    // WHEN
    await scan(options, deps);

    // THEN
    expect(deps.io.errLines).toEqual([
      `scan 1/1: account ${ACCOUNT}, Region eu-west-1`,
      '  150 keys, 150 without an alias',
      '  100/150 keys examined',
      '  0 orphaned',
    ]);
    expect(json(deps.io.stdout())).toEqual([]);
  });

  it('goes on past a denied Region, names account and Region, and fails the run', async () => {
    // GIVEN eu-central-1 denies ListAliases; eu-west-1 holds one orphan
    kms.on(ListAliasesCommand).callsFake(async (_input, getClient) => {
      if ((await getClient().config.region()) === 'eu-central-1') throw awsError('AccessDeniedException', 'explicit deny in an SCP');
      return { Aliases: [] };
    });
    givenOneOrphanKey();
    const deps = testDeps();

    // WHEN
    const outcome = await scan({ ...options, regions: ['eu-central-1', 'eu-west-1'] }, deps);

    // THEN
    expect(outcome).toBe('failed');
    expect(deps.io.stderr()).toContain(
      `scan: skipped account ${ACCOUNT}, Region eu-central-1: Access denied in account ${ACCOUNT}, Region eu-central-1: the caller may not kms:ListAliases.`,
    );
    expect(deps.io.stderr()).toContain('1 of 2 account×Region pairs could not be scanned; the result above is incomplete.');
    expect(json(deps.io.stdout()).map((o) => o.keyId)).toEqual(['orphan-1']);
  });

  describe('scope', () => {
    let targets: Target[];
    const recordTargets = (deps: ReturnType<typeof testDeps>): void => {
      const kmsFor = deps.clients.kms.bind(deps.clients);
      jest.spyOn(deps.clients, 'kms').mockImplementation((target) => {
        targets.push(target);
        return kmsFor(target);
      });
    };
    beforeEach(() => {
      targets = [];
      kms.on(ListAliasesCommand).resolves({ Aliases: [] });
      kms.on(ListKeysCommand).resolves({ Keys: [] });
    });

    it('with --all-accounts, covers every configured account and enabled Region, assuming the role except in its own account', async () => {
      // GIVEN the all-enabled configuration and credentials of the Management account
      const deps = testDeps({ settings: allEnabledSettings() });
      recordTargets(deps);

      // WHEN
      await scan({ json: true, allAccounts: true }, deps);

      // THEN
      const expected = ['111111111111', '333333333333', '222222222222', '444444444444', '555555555555', '666666666666'].flatMap((id) =>
        ['us-east-1', 'us-west-2'].map((region) => ({
          accountId: id,
          region,
          ...(id === ACCOUNT ? {} : { roleArn: `arn:aws:iam::${id}:role/AWSControlTowerExecution` }),
        })),
      );
      expect(targets).toEqual(expected);
      expect(await sts.commandCalls(GetCallerIdentityCommand)[0]?.thisValue.config.region()).toBe('us-east-1');
    });

    it('without a configuration folder, scans the current Region', async () => {
      const deps = testDeps();
      recordTargets(deps);
      await withEnv({ AWS_REGION: 'sa-east-1' }, () => scan({ json: true, allAccounts: false }, deps));
      expect(targets).toEqual([{ accountId: ACCOUNT, region: 'sa-east-1' }]);
    });

    it('without a configuration folder or a Region, says how to give one', async () => {
      const noRegion = { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, AWS_PROFILE: undefined, AWS_CONFIG_FILE: '/nonexistent/aws-config' };
      await withEnv(noRegion, async () => {
        await expect(scan({ json: true, allAccounts: false }, testDeps())).rejects.toThrow(
          'No Region to scan: pass --regions, set AWS_REGION (or a Region in the AWS profile), or provide the configuration folder (none at /nonexistent/configs).',
        );
      });
    });

    it('refuses --all-accounts without a configuration folder', async () => {
      await expect(scan({ ...options, allAccounts: true }, testDeps())).rejects.toThrow(
        '--all-accounts needs the configuration folder, and there is none at /nonexistent/configs.',
      );
    });
  });

  it('prints a table and a summary without --json', async () => {
    kms.on(ListAliasesCommand).resolves({ Aliases: [] });
    givenOneOrphanKey();
    const deps = testDeps();

    await scan({ ...options, json: false }, deps);

    const [header, row, summary] = deps.io.outLines.join('\n').split('\n');
    expect(header).toMatch(/^KEY +REGION +CREATED +accelerator:key +accelerator:stack +accelerator:status=orphan-cleanup$/);
    expect(row).toMatch(new RegExp(`^${arn('orphan-1')} +eu-west-1 +2024-05-01 +cloudwatch +AWSAccelerator-Management-eu-west-1 +no$`));
    expect(summary).toMatch(/^1 orphaned key in 1 account×Region pair \(0 tagged for clean-up\)/);
  });
});
