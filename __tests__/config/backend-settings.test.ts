/** terraform-config.yaml `backend`: the three types load into the model, bad settings are clear errors. */
import { ConfigError, loadOrgModel, type OrgModel } from '../../modules/config';
import { isS3BucketName, MAX_WORKSPACE_PREFIX_LENGTH } from '../../modules/config/schema/backend-schema';
import { EXAMPLE_CONFIG, EXAMPLE_SETTINGS, copyConfig } from '../helpers/fixtures';


function load(settings: string): OrgModel {
  return loadOrgModel(copyConfig(EXAMPLE_CONFIG, { terraformConfig: EXAMPLE_SETTINGS + settings }));
}

/** The issue lines of the ConfigError that loading these settings throws. */
function issuesOf(settings: string): string[] {
  try {
    load(settings);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n').slice(2).map((line) => line.replace(/^ {2}- /, ''));
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('backend settings that load', () => {
  it('defaults to local state when backend is absent', () => {
    expect(load('').backend).toEqual({ type: 'local' });
  });

  it('reads an s3 backend and fills in the default key prefix', () => {
    // GIVEN an s3 backend without keyPrefix
    const model = load('backend:\n  type: s3\n  bucket: acme-tfstate\n  region: eu-west-1\n');
    // THEN the state objects go under lz-keys/
    expect(model.backend).toEqual({ type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1', keyPrefix: 'lz-keys' });
  });

  it('reads a cloud backend with every field given', () => {
    const model = load(
      'backend:\n  type: cloud\n  organization: acme\n  project: landing-zone\n  hostname: tfe.example.com\n' +
        '  workspacePrefix: kms-\n  runRoleName: KmsRun\n',
    );
    expect(model.backend).toEqual({
      type: 'cloud',
      organization: 'acme',
      project: 'landing-zone',
      hostname: 'tfe.example.com',
      workspacePrefix: 'kms-',
      runRoleName: 'KmsRun',
    });
  });

  it('fills in the cloud defaults: Terraform Cloud, prefix lz-keys-, role LzKeysTerraformRun, no project', () => {
    expect(load('backend:\n  type: cloud\n  organization: acme\n').backend).toEqual({
      type: 'cloud',
      organization: 'acme',
      hostname: 'app.terraform.io',
      workspacePrefix: 'lz-keys-',
      runRoleName: 'LzKeysTerraformRun',
    });
  });
});

describe('backend settings that are errors', () => {
  it('names an unknown type and the types there are', () => {
    expect(issuesOf('backend:\n  type: gcs\n')).toEqual([
      'backend.type (line 3): found "gcs"; expected a backend type: local, s3, cloud',
    ]);
  });

  it('asks for a type when it is missing', () => {
    expect(issuesOf('backend:\n  bucket: acme-tfstate\n')).toEqual([
      'backend.type (line 3): found nothing; expected a backend type: local, s3, cloud',
    ]);
  });

  it('asks for a mapping when backend is a plain value', () => {
    expect(issuesOf('backend: s3\n')).toEqual(['backend (line 2): found "s3"; expected a backend mapping with type local, s3, cloud']);
  });

  it('names the missing bucket and Region of an s3 backend', () => {
    expect(issuesOf('backend:\n  type: s3\n')).toEqual([
      'backend.bucket (line 3): found nothing; expected an S3 bucket name (required with type s3)',
      'backend.region (line 3): found nothing; expected a Region name (required with type s3)',
    ]);
  });

  it('names the missing organization of a cloud backend', () => {
    expect(issuesOf('backend:\n  type: cloud\n')).toEqual([
      'backend.organization (line 3): found nothing; expected a Terraform Cloud organization name (required with type cloud)',
    ]);
  });

  it('gives the S3 naming rules for a bad bucket name and a bad key prefix', () => {
    expect(issuesOf('backend:\n  type: s3\n  bucket: Acme_State\n  region: eu-west-1\n  keyPrefix: /lz-keys/\n')).toEqual([
      'backend.bucket (line 4): found "Acme_State"; expected an S3 bucket name: 3 to 63 lowercase letters, digits, ' +
        "'.' or '-', starting and ending with a letter or digit, without '..', not an IP address, not starting with " +
        'xn--, sthree-, amzn-s3-demo- and not ending with -s3alias, --ol-s3, .mrap, --x-s3, --table-s3',
      'backend.keyPrefix (line 6): found "/lz-keys/"; expected an S3 key prefix such as lz-keys or state/lz-keys: ' +
        "letters, digits, '.', '_' or '-' in parts separated by single '/', with no '/' at the start or end " +
        '(the state object is <keyPrefix>/<stack>.tfstate)',
    ]);
  });

  it('checks the s3 Region against the Regions of the partition', () => {
    const [issue] = issuesOf('backend:\n  type: s3\n  bucket: acme-tfstate\n  region: eu-west-9\n');
    expect(issue).toMatch(/^backend\.region \(line 5\): found "eu-west-9"; expected a Region of the aws partition \(af-south-1, /);
  });

  it('gives the Terraform Cloud naming rules for organization, project, prefix, host and role', () => {
    const tooLong = 'p'.repeat(MAX_WORKSPACE_PREFIX_LENGTH + 1);
    expect(
      issuesOf(
        'backend:\n  type: cloud\n  organization: acme corp\n  project: x\n  hostname: https://app.terraform.io\n' +
          `  workspacePrefix: ${tooLong}\n  runRoleName: bad role\n`,
      ),
    ).toEqual([
      `backend.organization (line 4): found "acme corp"; expected a Terraform Cloud organization name: letters, digits, '-' or '_'`,
      'backend.project (line 5): found "x"; expected a Terraform Cloud project name: 3 to 40 letters, digits, spaces, ' +
        "'-' or '_', not starting or ending with a space",
      'backend.hostname (line 6): found "https://app.terraform.io"; expected a host name such as app.terraform.io or ' +
        'tfe.example.com, optionally with :port (no scheme, no path)',
      `backend.workspacePrefix (line 7): found "${tooLong}"; expected a workspace name prefix: at most 58 letters, ` +
        "digits, '-' or '_' (a workspace name is at most 90 characters and the longest stack name takes 32)",
      `backend.runRoleName (line 8): found "bad role"; expected an IAM role name: 1 to 64 letters, digits or '+=,.@_-'`,
    ]);
  });

  it('rejects a field of another backend type instead of ignoring it', () => {
    expect(issuesOf('backend:\n  type: cloud\n  organization: acme\n  bucket: acme-tfstate\n')).toEqual([
      'backend.bucket (line 5): found a key the file does not define; expected only the documented keys (check the spelling of "bucket")',
    ]);
  });

  it('rejects managementAccountRoleName with a cloud backend, where no role is assumed', () => {
    expect(issuesOf('managementAccountRoleName: Deployer\nbackend:\n  type: cloud\n  organization: acme\n')).toEqual([
      'managementAccountRoleName (line 2): found "Deployer"; expected nothing while backend.type is cloud ' +
        '(each Terraform Cloud workspace runs as backend.runRoleName in its own account, Management included)',
    ]);
  });

  it('names the file and says nothing was synthesized', () => {
    expect(() => load('backend:\n  type: gcs\n')).toThrow(
      /^The configuration in .* is not valid; nothing was synthesized\.\nterraform-config\.yaml has 1 issue:\n/,
    );
  });
});

describe('isS3BucketName', () => {
  it.each(['acme-tfstate', 'abc', 'a.b-c', 'x'.repeat(63)])('accepts %s', (name) => {
    expect(isS3BucketName(name)).toBe(true);
  });

  it.each([
    ['too short', 'ab'],
    ['too long', 'x'.repeat(64)],
    ['upper case', 'Acme'],
    ['underscore', 'acme_state'],
    ['leading hyphen', '-acme'],
    ['trailing dot', 'acme.'],
    ['two dots', 'acme..state'],
    ['an IP address', '192.168.1.1'],
    ['a reserved prefix', 'xn--acme'],
    ['a reserved suffix', 'acme-s3alias'],
  ])('rejects a name with %s', (_why, name) => {
    expect(isS3BucketName(name)).toBe(false);
  });
});
