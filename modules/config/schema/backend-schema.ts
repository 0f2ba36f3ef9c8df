/**
 * terraform-config.yaml `backend`: where each stack keeps its state. A discriminated union on
 * `type`, each variant strict, so a field of another backend type is an error, not ignored.
 * Each name rule is the service's own; the message is built from the same constants as the check.
 */
import { z } from 'zod';
import { PARTITION_REGIONS } from '../regions';
import { iamRoleName } from './fields';

export const BACKEND_TYPES = ['local', 's3', 'cloud'] as const;
export const BACKEND_TYPE_EXPECTED = `a backend type: ${BACKEND_TYPES.join(', ')}`;
export const BACKEND_EXPECTED = `a backend mapping with type ${BACKEND_TYPES.join(', ')}`;

/** @default LzKeysTerraformRun: the role each Terraform Cloud workspace assumes in its own account. */
export const DEFAULT_RUN_ROLE_NAME = 'LzKeysTerraformRun';
/** @default lz-keys-: Terraform Cloud workspace = `<workspacePrefix><stack>`. */
export const DEFAULT_WORKSPACE_PREFIX = 'lz-keys-';
/** @default app.terraform.io: Terraform Cloud (HCP Terraform); set it for Terraform Enterprise. */
export const DEFAULT_TFC_HOSTNAME = 'app.terraform.io';
/** @default lz-keys: S3 state object = `<keyPrefix>/<stack>.tfstate`. */
export const DEFAULT_S3_KEY_PREFIX = 'lz-keys';

// S3 bucket naming rules (general purpose buckets).
const S3_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const S3_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
const S3_BUCKET = 'an S3 bucket name';
export const S3_BUCKET_EXPECTED =
  `${S3_BUCKET}: 3 to 63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit, ` +
  `without '..', not an IP address, not starting with ${S3_RESERVED_PREFIXES.join(', ')} ` +
  `and not ending with ${S3_RESERVED_SUFFIXES.join(', ')}`;

export function isS3BucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d{1,3}(\.\d{1,3}){3}$/.test(name) &&
    !S3_RESERVED_PREFIXES.some((prefix) => name.startsWith(prefix)) &&
    !S3_RESERVED_SUFFIXES.some((suffix) => name.endsWith(suffix))
  );
}

export const S3_KEY_PREFIX_EXPECTED =
  "an S3 key prefix such as lz-keys or state/lz-keys: letters, digits, '.', '_' or '-' in parts separated by single '/', " +
  "with no '/' at the start or end (the state object is <keyPrefix>/<stack>.tfstate)";
const S3_KEY_PREFIX = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

// Terraform Cloud names (HCP Terraform and Terraform Enterprise apply the same rules).
const TFC_ORGANIZATION_NAME = 'a Terraform Cloud organization name';
export const TFC_ORGANIZATION_EXPECTED = `${TFC_ORGANIZATION_NAME}: letters, digits, '-' or '_'`;
const TFC_ORGANIZATION = /^[A-Za-z0-9_-]+$/;

export const TFC_PROJECT_EXPECTED =
  "a Terraform Cloud project name: 3 to 40 letters, digits, spaces, '-' or '_', not starting or ending with a space";
const TFC_PROJECT = /^[\w-][\w -]{1,38}[\w-]$/;

/** Terraform Cloud's limit on workspace names. */
export const TFC_WORKSPACE_NAME_MAX_LENGTH = 90;
/** The longest stack name: `keys-<12-digit account id>-<longest Region name>`. */
export const MAX_STACK_NAME_LENGTH =
  'keys-'.length + 12 + 1 + Math.max(...Object.values(PARTITION_REGIONS).flat().map((region) => region.length));
export const MAX_WORKSPACE_PREFIX_LENGTH = TFC_WORKSPACE_NAME_MAX_LENGTH - MAX_STACK_NAME_LENGTH;
export const TFC_WORKSPACE_PREFIX_EXPECTED =
  `a workspace name prefix: at most ${MAX_WORKSPACE_PREFIX_LENGTH} letters, digits, '-' or '_' ` +
  `(a workspace name is at most ${TFC_WORKSPACE_NAME_MAX_LENGTH} characters and the longest stack name takes ${MAX_STACK_NAME_LENGTH})`;
const TFC_WORKSPACE_PREFIX = new RegExp(`^[A-Za-z0-9_-]{0,${MAX_WORKSPACE_PREFIX_LENGTH}}$`);

export const TFC_HOSTNAME_EXPECTED =
  'a host name such as app.terraform.io or tfe.example.com, optionally with :port (no scheme, no path)';
const HOSTNAME = /^(?=.{1,253}(:|$))[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/i;

const REGION_NAME = 'a Region name';
export const REGION_TEXT_EXPECTED = `${REGION_NAME} such as eu-west-1`;

const matching = (pattern: RegExp, expected: string) =>
  z.string({ error: expected }).regex(pattern, { error: expected });

/** A missing field names what it is and which backend type requires it; a wrong one, the rules. */
const required = (type: string, what: string, expected: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} (required with type ${type})` : expected) });

const localBackend = z.strictObject({ type: z.literal('local') });

const s3Backend = z.strictObject({
  type: z.literal('s3'),
  bucket: required('s3', S3_BUCKET, S3_BUCKET_EXPECTED).refine(isS3BucketName, { error: S3_BUCKET_EXPECTED }),
  /** Checked against the partition's Regions with the other files (the partition is a sibling field). */
  region: required('s3', REGION_NAME, REGION_TEXT_EXPECTED),
  keyPrefix: matching(S3_KEY_PREFIX, S3_KEY_PREFIX_EXPECTED).default(DEFAULT_S3_KEY_PREFIX),
});

const cloudBackend = z.strictObject({
  type: z.literal('cloud'),
  organization: required('cloud', TFC_ORGANIZATION_NAME, TFC_ORGANIZATION_EXPECTED).regex(TFC_ORGANIZATION, { error: TFC_ORGANIZATION_EXPECTED }),
  /** Absent: the organization's default project. */
  project: matching(TFC_PROJECT, TFC_PROJECT_EXPECTED).optional(),
  hostname: matching(HOSTNAME, TFC_HOSTNAME_EXPECTED).default(DEFAULT_TFC_HOSTNAME),
  workspacePrefix: matching(TFC_WORKSPACE_PREFIX, TFC_WORKSPACE_PREFIX_EXPECTED).default(DEFAULT_WORKSPACE_PREFIX),
  runRoleName: iamRoleName.default(DEFAULT_RUN_ROLE_NAME),
});

export const backendSchema = z.discriminatedUnion('type', [localBackend, s3Backend, cloudBackend], {
  // An unknown or missing type is reported on `type`; anything but a mapping on `backend` itself.
  error: (issue) => (issue.code === 'invalid_union' ? BACKEND_TYPE_EXPECTED : BACKEND_EXPECTED),
});
