/**
 * Turns SDK errors into sentences an operator can act on. Every message names the account and
 * Region, because with --all-accounts a bare "AccessDeniedException" could come from any of dozens.
 */

/** An error whose message is final: the CLI prints it as is and exits 1. */
export class OrphansError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrphansError';
  }
}

export interface Where {
  /** Undefined before the command has learned the account of the current credentials. */
  readonly accountId?: string;
  readonly region: string;
}

export function describePlace(where: Where): string {
  return where.accountId === undefined ? `Region ${where.region}` : `account ${where.accountId}, Region ${where.region}`;
}

const CREDENTIAL_PROVIDER_ERRORS = new Set(['CredentialsProviderError', 'TokenProviderError']);
const REJECTED_CREDENTIAL_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
]);
const ACCESS_DENIED_ERRORS = new Set(['AccessDenied', 'AccessDeniedException']);
const THROTTLING_ERRORS = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'LimitExceededException']);

/** `action` is the IAM action the call needs, e.g. `kms:ListKeys`: the fix for AccessDenied is to grant it. */
export function describeAwsError(error: unknown, where: Where, action: string): string {
  if (error instanceof OrphansError) return error.message;
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const place = describePlace(where);
  if (CREDENTIAL_PROVIDER_ERRORS.has(name) || /could not load credentials/i.test(message)) {
    return (
      `No usable AWS credentials for ${place} (${message}). Set AWS_PROFILE (run \`aws sso login\` first for an ` +
      'SSO profile) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
    );
  }
  if (REJECTED_CREDENTIAL_ERRORS.has(name)) {
    return `AWS rejected the credentials used for ${place} (${name}: ${message}). Refresh them and retry.`;
  }
  if (ACCESS_DENIED_ERRORS.has(name)) {
    return `Access denied in ${place}: the caller may not ${action}. Grant ${action} (see README, "Orphaned keys"). AWS said: ${message}`;
  }
  if (THROTTLING_ERRORS.has(name)) {
    return `${action} in ${place} was still throttled after the SDK's retries (${message}). Retry later, or raise AWS_MAX_ATTEMPTS.`;
  }
  if (name === 'NotFoundException') {
    return `${action} in ${place}: not found (${message}). Check the key ARN, and pass --all-accounts when the key lives in another account.`;
  }
  return `${action} failed in ${place}: ${name}: ${message}`;
}

/** Runs one AWS call (or one whole pagination) and rethrows any failure as an OrphansError naming where it happened. */
export async function inPlace<T>(where: Where, action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new OrphansError(describeAwsError(error, where, action));
  }
}
