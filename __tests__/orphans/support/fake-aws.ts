/**
 * A local stand-in for the KMS and CloudTrail JSON APIs (awsJson1_1) and STS GetCallerIdentity
 * (awsQuery), for running the real CLI through AWS_ENDPOINT_URL. It keeps keys per account and
 * Region (the Region is read from the SigV4 credential scope, as AWS routes by endpoint), pages
 * every list in pages of two so the CLI must follow markers, and records every request.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface FakeEvent {
  readonly name: string;
  readonly time: Date;
  readonly username?: string;
}

export interface FakeKey {
  readonly keyId: string;
  readonly region: string;
  keyManager: 'CUSTOMER' | 'AWS';
  keyState: string;
  readonly creationDate: Date;
  readonly tags: Record<string, string>;
  readonly aliases: string[];
  readonly events: FakeEvent[];
}

export interface RecordedRequest {
  readonly operation: string;
  readonly region: string;
  readonly body: Record<string, unknown>;
}

export const FAKE_ACCOUNT = '111111111111';
export const PAGE_SIZE = 2;

const KMS_PREFIX = 'TrentService.';
/** The SDK sends `CloudTrail_20131101.<Op>`; the service model names it with the namespace in front. Both count. */
const CLOUDTRAIL_PREFIX = /^(com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\./;

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function keyArn(key: Pick<FakeKey, 'keyId' | 'region'>): string {
  return `arn:aws:kms:${key.region}:${FAKE_ACCOUNT}:key/${key.keyId}`;
}

export class FakeAws {
  readonly keys: FakeKey[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Operation → how many of its next calls answer ThrottlingException. */
  readonly throttle = new Map<string, number>();
  private server?: http.Server;

  addKey(key: Partial<FakeKey> & Pick<FakeKey, 'keyId' | 'region'>): FakeKey {
    const full: FakeKey = {
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      creationDate: new Date('2024-05-01T00:00:00Z'),
      tags: {},
      aliases: [],
      events: [],
      ...key,
    };
    this.keys.push(full);
    return full;
  }

  requestsFor(operation: string): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.respond(request, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private respond(request: http.IncomingMessage, text: string, response: http.ServerResponse): void {
    const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(request.headers.authorization ?? '')?.[1] ?? 'unknown';
    const target = String(request.headers['x-amz-target'] ?? '');
    if (target === '') {
      this.requests.push({ operation: 'sts:' + (new URLSearchParams(text).get('Action') ?? '?'), region, body: {} });
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
          `<Arn>arn:aws:iam::${FAKE_ACCOUNT}:user/tester</Arn><UserId>AIDATESTER</UserId><Account>${FAKE_ACCOUNT}</Account>` +
          '</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
      );
      return;
    }
    const operation = target.replace(KMS_PREFIX, 'kms:').replace(CLOUDTRAIL_PREFIX, 'cloudtrail:');
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    this.requests.push({ operation, region, body });
    const send = (status: number, payload: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify(payload));
    };
    try {
      const throttled = this.throttle.get(operation) ?? 0;
      if (throttled > 0) {
        this.throttle.set(operation, throttled - 1);
        throw new ServiceError('ThrottlingException', 'Rate exceeded');
      }
      send(200, this.handle(operation, region, body));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      send(400, { __type: error.type, message: error.message });
    }
  }

  private handle(operation: string, region: string, body: Record<string, unknown>): unknown {
    const inRegion = this.keys.filter((key) => key.region === region);
    switch (operation) {
      case 'kms:ListKeys':
        return page(inRegion.map((key) => ({ KeyId: key.keyId, KeyArn: keyArn(key) })), body.Marker, 'Keys', 'NextMarker');
      case 'kms:ListAliases': {
        const keys = body.KeyId === undefined ? inRegion : [this.find(region, body.KeyId)];
        const aliases = keys.flatMap((key) => key.aliases.map((name) => ({ AliasName: name, TargetKeyId: key.keyId })));
        return page(aliases, body.Marker, 'Aliases', 'NextMarker');
      }
      case 'kms:DescribeKey':
        return { KeyMetadata: metadata(this.find(region, body.KeyId)) };
      case 'kms:ListResourceTags': {
        const tags = Object.entries(this.find(region, body.KeyId).tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
        return page(tags, body.Marker, 'Tags', 'NextMarker');
      }
      case 'kms:TagResource': {
        const key = this.find(region, body.KeyId);
        for (const tag of body.Tags as { TagKey: string; TagValue: string }[]) key.tags[tag.TagKey] = tag.TagValue;
        return {};
      }
      case 'kms:ScheduleKeyDeletion': {
        const key = this.find(region, body.KeyId);
        const days = (body.PendingWindowInDays as number | undefined) ?? 30;
        key.keyState = 'PendingDeletion';
        return { KeyId: keyArn(key), KeyState: key.keyState, PendingWindowInDays: days, DeletionDate: Date.now() / 1000 + days * 86400 };
      }
      case 'cloudtrail:LookupEvents':
        return this.lookupEvents(region, body);
      default:
        throw new ServiceError('UnknownOperationException', `the stand-in does not serve ${operation}`);
    }
  }

  private lookupEvents(region: string, body: Record<string, unknown>): unknown {
    const [attribute] = body.LookupAttributes as { AttributeKey: string; AttributeValue: string }[];
    const from = (body.StartTime as number) * 1000;
    const to = (body.EndTime as number) * 1000;
    const events = this.keys
      .filter((key) => key.region === region && attribute?.AttributeKey === 'ResourceName' && keyArn(key) === attribute.AttributeValue)
      .flatMap((key) => key.events.map((event) => ({ key, event })))
      .filter(({ event }) => event.time.getTime() >= from && event.time.getTime() <= to)
      .sort((a, b) => b.event.time.getTime() - a.event.time.getTime())
      .map(({ key, event }, index) => ({
        EventId: `event-${index}`,
        EventName: event.name,
        EventSource: 'kms.amazonaws.com',
        EventTime: event.time.getTime() / 1000,
        Username: event.username ?? 'app-role',
        Resources: [{ ResourceType: 'AWS::KMS::Key', ResourceName: keyArn(key) }],
      }));
    return page(events, body.NextToken, 'Events', 'NextToken');
  }

  private find(region: string, id: unknown): FakeKey {
    const key = this.keys.find((k) => k.region === region && (k.keyId === id || keyArn(k) === id));
    if (key === undefined) throw new ServiceError('NotFoundException', `Key '${String(id)}' does not exist`);
    return key;
  }
}

function metadata(key: FakeKey): Record<string, unknown> {
  return {
    AWSAccountId: FAKE_ACCOUNT,
    KeyId: key.keyId,
    Arn: keyArn(key),
    CreationDate: key.creationDate.getTime() / 1000,
    Enabled: key.keyState === 'Enabled',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyState: key.keyState,
    KeyManager: key.keyManager,
    Origin: 'AWS_KMS',
  };
}

/** KMS pages with Marker/NextMarker/Truncated, CloudTrail with NextToken; the token is the next index. */
function page<T>(items: readonly T[], token: unknown, field: string, nextField: string): Record<string, unknown> {
  const start = typeof token === 'string' ? Number(token) : 0;
  const end = start + PAGE_SIZE;
  const more = end < items.length;
  return { [field]: items.slice(start, end), ...(more && { [nextField]: String(end) }), Truncated: more };
}
