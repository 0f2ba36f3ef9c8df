import { ListKeysCommand } from '@aws-sdk/client-kms';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { inPlace } from '../../modules/orphans/aws-errors';
import { AwsClients, DEFAULT_MAX_ATTEMPTS, SESSION_NAME } from '../../modules/orphans/clients';
import { awsError } from './support/deps';
import { withEnv } from './support/env';

interface SentRequest {
  readonly hostname: string;
  readonly port?: number;
  readonly headers: Record<string, string>;
}

/** Answers like KMS over HTTP: the given error types first, then an empty ListKeys page. */
function fakeKmsHandler(errors: string[]) {
  const requests: SentRequest[] = [];
  return {
    requests,
    handler: {
      handle: async (request: SentRequest) => {
        requests.push(request);
        const error = errors.shift();
        const body = error === undefined ? { Keys: [{ KeyId: 'k1' }], Truncated: false } : { __type: error, message: 'Rate exceeded' };
        return {
          response: {
            statusCode: error === undefined ? 200 : 400,
            headers: { 'content-type': 'application/x-amz-json-1.1' },
            body: Buffer.from(JSON.stringify(body)),
          },
        };
      },
      updateHttpClientConfig: () => undefined,
      httpHandlerConfigs: () => ({}),
    },
  };
}

const STATIC_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const target = { accountId: '222222222222', region: 'eu-west-1' };

describe('AwsClients', () => {
  it('retries a throttled call with the SDK retry strategy, then succeeds', async () => {
    // GIVEN KMS answers ThrottlingException once, then the page
    const fake = fakeKmsHandler(['ThrottlingException']);
    const clients = new AwsClients({}, { kms: { requestHandler: fake.handler, credentials: STATIC_CREDENTIALS } });

    // WHEN listing keys
    const page = await clients.kms(target).send(new ListKeysCommand({}));

    // THEN the call was sent twice and the second answer came through
    expect(fake.requests).toHaveLength(2);
    expect(page.Keys).toEqual([{ KeyId: 'k1' }]);
  });

  it(`allows ${DEFAULT_MAX_ATTEMPTS} attempts unless AWS_MAX_ATTEMPTS says otherwise`, async () => {
    await withEnv({ AWS_MAX_ATTEMPTS: undefined }, async () => {
      expect(await new AwsClients({}).kms(target).config.maxAttempts()).toBe(DEFAULT_MAX_ATTEMPTS);
    });
    await withEnv({ AWS_MAX_ATTEMPTS: '4' }, async () => {
      expect(await new AwsClients(process.env).kms(target).config.maxAttempts()).toBe(4);
    });
  });

  it('gives up after the attempts and says the call was still throttled, naming account and Region', async () => {
    // GIVEN two attempts allowed and two throttled answers
    const fake = fakeKmsHandler(['ThrottlingException', 'ThrottlingException']);
    await withEnv({ AWS_MAX_ATTEMPTS: '2' }, async () => {
      const clients = new AwsClients(process.env, { kms: { requestHandler: fake.handler, credentials: STATIC_CREDENTIALS } });

      // WHEN / THEN
      await expect(inPlace(target, 'kms:ListKeys', () => clients.kms(target).send(new ListKeysCommand({})))).rejects.toThrow(
        'kms:ListKeys in account 222222222222, Region eu-west-1 was still throttled after the SDK\'s retries',
      );
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('leaves the endpoint to the SDK chain, so AWS_ENDPOINT_URL_KMS is honoured', async () => {
    const fake = fakeKmsHandler([]);
    await withEnv({ AWS_ENDPOINT_URL_KMS: 'http://127.0.0.1:4599', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined }, async () => {
      const clients = new AwsClients({}, { kms: { requestHandler: fake.handler, credentials: STATIC_CREDENTIALS } });
      await clients.kms(target).send(new ListKeysCommand({}));
    });
    expect(fake.requests[0]).toMatchObject({ hostname: '127.0.0.1', port: 4599 });
  });

  it('uses the Region of the target', async () => {
    expect(await new AwsClients({}).kms({ region: 'ap-southeast-2' }).config.region()).toBe('ap-southeast-2');
  });

  describe('with a role to assume', () => {
    const sts = mockClient(STSClient);
    const roleArn = 'arn:aws:iam::222222222222:role/AWSControlTowerExecution';
    beforeEach(() => sts.reset());
    afterAll(() => sts.restore());

    it('signs with the role session, assuming the role once for all Regions', async () => {
      // GIVEN STS hands out credentials for the role
      sts.on(AssumeRoleCommand).resolves({
        Credentials: { AccessKeyId: 'ASIAROLE', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) },
      });
      const clients = new AwsClients({});

      // WHEN two Regions' clients resolve their credentials
      const east = await clients.kms({ ...target, region: 'us-east-1', roleArn }).config.credentials();
      const west = await clients.cloudTrail({ ...target, region: 'us-west-2', roleArn }).config.credentials();

      // THEN both carry the role's session, from a single AssumeRole
      expect(east.accessKeyId).toBe('ASIAROLE');
      expect(west.sessionToken).toBe('t');
      expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input)).toEqual([{ RoleArn: roleArn, RoleSessionName: SESSION_NAME }]);
    });

    it('fails the KMS call with the AssumeRole denial, naming account, Region and role', async () => {
      // GIVEN STS denies the role
      sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', 'not authorized to perform: sts:AssumeRole'));
      const fake = fakeKmsHandler([]);
      const kms = new AwsClients({}, { kms: { requestHandler: fake.handler } }).kms({ ...target, roleArn });

      // WHEN / THEN the call never reaches KMS and says why
      await expect(inPlace(target, 'kms:ListKeys', () => kms.send(new ListKeysCommand({})))).rejects.toThrow(
        `Cannot reach account 222222222222, Region eu-west-1 through ${roleArn}: Access denied in Region eu-west-1: the caller may not sts:AssumeRole.`,
      );
      expect(fake.requests).toEqual([]);
    });
  });

  it('reports missing credentials clearly, through the real credential chain', async () => {
    // GIVEN no credentials anywhere the chain looks
    const none = {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    // WHEN / THEN
    await withEnv(none, async () => {
      await expect(new AwsClients({}).callerAccount('eu-west-1')).rejects.toThrow(
        /^No usable AWS credentials for Region eu-west-1 \(.*\)\. Set AWS_PROFILE .* or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\.$/,
      );
    });
  });
});
