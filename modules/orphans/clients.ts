/**
 * One place that builds SDK clients, so every command gets the same credential, Region, endpoint and
 * retry behaviour. Nothing here sets `endpoint` or `credentials` for the current identity: leaving
 * them out is what lets the SDK's own chain honour AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_KMS / AWS_ENDPOINT_URL_CLOUDTRAIL / AWS_ENDPOINT_URL_STS.
 */
import { CloudTrailClient, type CloudTrailClientConfig } from '@aws-sdk/client-cloudtrail';
import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import { describeAwsError, describePlace, inPlace, OrphansError, type Where } from './aws-errors';

/**
 * The SDK default is 3 attempts, too few for a scan that lists thousands of keys or for
 * LookupEvents (2 requests per second per account and Region). 10 attempts with the standard
 * strategy's capped exponential backoff ride out several seconds of throttling.
 */
export const DEFAULT_MAX_ATTEMPTS = 10;

/** Assumed-role credentials are refreshed this long before they expire, so no call signs with stale ones. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** Shows up in CloudTrail as the session name, so the key owner can tell these calls from others. */
export const SESSION_NAME = 'lz-keys-orphans';

export interface Target extends Where {
  /** Set when the account is reached through managementAccountAccessRole; else the current credentials. */
  readonly roleArn?: string;
}

/** Extra client settings, merged last; tests pass a request handler here. */
export interface ClientOverrides {
  readonly kms?: Partial<KMSClientConfig>;
  readonly cloudTrail?: Partial<CloudTrailClientConfig>;
  readonly sts?: Partial<STSClientConfig>;
}

interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}
type CredentialsProvider = () => Promise<Credentials>;

export class AwsClients {
  private readonly cache = new Map<string, KMSClient | CloudTrailClient | STSClient>();
  private readonly roles = new Map<string, CredentialsProvider>();
  private readonly retry: { maxAttempts?: number };
  /** The identity does not change during a run: asked once, whatever the Region. */
  private caller?: Promise<string>;

  constructor(
    env: NodeJS.ProcessEnv = process.env,
    private readonly overrides: ClientOverrides = {},
  ) {
    // A user who sets AWS_MAX_ATTEMPTS means it; only without it do we pick our own default.
    this.retry = env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: DEFAULT_MAX_ATTEMPTS };
  }

  kms(target: Target): KMSClient {
    return this.cached('kms', target, () => new KMSClient({ ...this.base(target), ...this.overrides.kms }));
  }

  cloudTrail(target: Target): CloudTrailClient {
    return this.cached('cloudtrail', target, () => new CloudTrailClient({ ...this.base(target), ...this.overrides.cloudTrail }));
  }

  /** STS with the current credentials: for GetCallerIdentity and AssumeRole. */
  sts(region: string): STSClient {
    return this.cached('sts', { region }, () => new STSClient({ region, ...this.retry, ...this.overrides.sts }));
  }

  /** The account of the current credentials; also the earliest, clearest place to report missing credentials. */
  callerAccount(region: string): Promise<string> {
    this.caller ??= inPlace({ region }, 'sts:GetCallerIdentity', () => this.sts(region).send(new GetCallerIdentityCommand({}))).then(
      (identity) => {
        if (!identity.Account) throw new OrphansError(`sts:GetCallerIdentity in Region ${region} returned no account.`);
        return identity.Account;
      },
    );
    return this.caller;
  }

  /** The Region the SDK chain resolves (AWS_REGION, then the profile), or undefined when there is none. */
  async defaultRegion(): Promise<string | undefined> {
    try {
      return await new KMSClient({}).config.region();
    } catch {
      return undefined;
    }
  }

  private base(target: Target): { region: string; maxAttempts?: number; credentials?: CredentialsProvider } {
    const credentials = target.roleArn === undefined ? undefined : this.assumedRole(target);
    return { region: target.region, ...this.retry, ...(credentials && { credentials }) };
  }

  private cached<C extends KMSClient | CloudTrailClient | STSClient>(service: string, target: Target, create: () => C): C {
    const key = `${service}|${target.region}|${target.roleArn ?? ''}`;
    let client = this.cache.get(key);
    if (client === undefined) {
      client = create();
      this.cache.set(key, client);
    }
    return client as C;
  }

  /** One session per role, shared by every Region's clients: a 17-Region scan assumes the role once, not 17 times. */
  private assumedRole(target: Target): CredentialsProvider {
    const roleArn = target.roleArn as string;
    let provider = this.roles.get(roleArn);
    if (provider === undefined) {
      provider = refreshing(() => this.assume(roleArn, target));
      this.roles.set(roleArn, provider);
    }
    return provider;
  }

  private async assume(roleArn: string, target: Target): Promise<Credentials> {
    let c;
    try {
      c = (await this.sts(target.region).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: SESSION_NAME }))).Credentials;
    } catch (error) {
      // AssumeRole runs as the current identity, so the inner message must not name the target account.
      throw new OrphansError(
        `Cannot reach ${describePlace(target)} through ${roleArn}: ${describeAwsError(error, { region: target.region }, 'sts:AssumeRole')}`,
      );
    }
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
      throw new OrphansError(`sts:AssumeRole of ${roleArn} returned no credentials.`);
    }
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
  }
}

/** Caches credentials until shortly before they expire; concurrent callers share one pending request. */
function refreshing(fetch: () => Promise<Credentials>): CredentialsProvider {
  let current: { promise: Promise<Credentials>; refreshAt: number } | undefined;
  return () => {
    if (current === undefined || Date.now() >= current.refreshAt) {
      const entry = { promise: fetch(), refreshAt: Number.POSITIVE_INFINITY };
      entry.promise.then(
        (c) => {
          entry.refreshAt = c.expiration ? c.expiration.getTime() - REFRESH_MARGIN_MS : Number.POSITIVE_INFINITY;
        },
        () => {
          if (current === entry) current = undefined;
        },
      );
      current = entry;
    }
    return current.promise;
  };
}
