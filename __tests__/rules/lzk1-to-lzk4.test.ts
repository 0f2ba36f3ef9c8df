/** Each rule: a compliant case from the catalog and non-compliant cases that break it. */
import { readLiteralPolicy } from '../../modules/rules';
import { LZK1_ROOT_STATEMENT_FIRST as LZK1 } from '../../modules/rules/lzk1-root-statement-first';
import { LZK2_WILDCARD_PRINCIPAL_SCOPED as LZK2 } from '../../modules/rules/lzk2-wildcard-principal-scoped';
import { LZK3_FULL_ACCESS_ROOT_ONLY as LZK3 } from '../../modules/rules/lzk3-full-access-root-only';
import { LZK4_PRINCIPALS_IN_ORGANIZATION as LZK4 } from '../../modules/rules/lzk4-principals-in-organization';
import {
  allStatementsModel,
  bySid,
  findings,
  plannedKey,
  rendered,
  renderedAttributes,
  withStatements,
  withoutOrganization,
} from './rule-fixtures';

const OUTSIDE_ACCOUNT = '999999999999';

describe('LZK1 literal policy, account root statement first', () => {
  it('is compliant for the catalog policy', () => {
    expect(LZK1.check(rendered(plannedKey('s3')))).toEqual({ status: 'compliant' });
  });

  it('finds a missing policy', () => {
    const key = plannedKey('lambda');
    const { policy: _dropped, ...attributes } = renderedAttributes(key.plan);
    expect(findings(LZK1, rendered(key, attributes))).toEqual([
      "the key has no policy; KMS would apply its default policy instead of the catalog's",
    ]);
  });

  it('finds a policy that holds a Terraform expression', () => {
    // GIVEN a policy naming a role by reference, resolved only at apply time
    const key = plannedKey('lambda');
    const policy = JSON.stringify(key.plan.policy).replace('arn:aws:iam::100000000001:root', '${aws_iam_role.admin.arn}');
    // THEN it is not literal
    expect(findings(LZK1, rendered(key, { ...renderedAttributes(key.plan), policy }))).toEqual([
      'the policy holds the Terraform expression ${aws_iam_role.admin.arn}, known only at apply time',
    ]);
  });

  it('reads escaped template introducers as literal text', () => {
    const read = readLiteralPolicy('{"Statement":[{"Sid":"a$${b}c%%{d}"}]}');
    expect(read.kind === 'ok' && read.statements[0].sid).toBe('a${b}c%{d}');
  });

  it('finds JSON that is not a policy', () => {
    const key = plannedKey('lambda');
    expect(findings(LZK1, rendered(key, { ...renderedAttributes(key.plan), policy: '{"Statement":' }))[0]).toMatch(
      /^the policy is not valid JSON/,
    );
  });

  it('finds a policy whose first statement is not the root statement', () => {
    const key = withStatements('s3', (statements) => [...statements.slice(1), statements[0]]);
    expect(findings(LZK1, key)).toEqual([
      'the first statement (statement "S3ViaService") is not the account root statement: ' +
        'its principal is not only arn:aws:iam::100000000001:root; it does not allow kms:*; it has conditions',
    ]);
  });

  it('finds a root statement weakened by a condition', () => {
    const key = withStatements('lambda', ([root]) => [{ ...root, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }]);
    expect(findings(LZK1, key)).toEqual([
      'the first statement (statement "KeyAdministration") is not the account root statement: it has conditions',
    ]);
  });
});

describe('LZK2 wildcard principal scoped', () => {
  it('is compliant for every principal-* statement of the catalog, with and without an organization', () => {
    for (const model of [allStatementsModel(), withoutOrganization(allStatementsModel())]) {
      for (const purpose of ['s3', 'ebs', 'installer', 'central_logs', 'accelerator', 'audit_s3', 'sns'] as const) {
        expect([purpose, LZK2.check(rendered(plannedKey(purpose, model)))]).toEqual([purpose, { status: 'compliant' }]);
      }
    }
  });

  it('accepts one AWS service (kms:ViaService) as scope, as the catalog allows', () => {
    const key = withStatements('s3', (statements) => {
      bySid(statements, 'S3ViaService').Condition = { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } };
      return statements;
    });
    expect(LZK2.check(key)).toEqual({ status: 'compliant' });
  });

  it('finds principal * without a condition', () => {
    const key = withStatements('central_logs', (statements) => {
      delete bySid(statements, 'OrganizationPrincipals').Condition;
      return statements;
    });
    expect(findings(LZK2, key)).toEqual([
      'statement "OrganizationPrincipals" allows principal "*" without a scoping condition; add StringEquals ' +
        'aws:PrincipalOrgID = o-exampleorg1 (the organization), kms:CallerAccount or aws:PrincipalAccount = 100000000002 ' +
        '(this account), or kms:ViaService = one AWS service',
    ]);
  });

  it.each([
    ['another organization', { StringEquals: { 'aws:PrincipalOrgID': 'o-otherorg123' } }],
    ['an IfExists operator, which passes when the key is absent', { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorg1' } }],
    ['an account outside the organization', { StringEquals: { 'kms:CallerAccount': OUTSIDE_ACCOUNT } }],
    ['a role name in any account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/AWSAccelerator-*' } }],
    ['a pattern over many services', { StringLike: { 'kms:ViaService': '*.amazonaws.com' } }],
  ])('finds principal * scoped only by %s', (_name, condition) => {
    const key = withStatements('central_logs', (statements) => {
      bySid(statements, 'OrganizationPrincipals').Condition = condition;
      return statements;
    });
    expect(findings(LZK2, key)).toHaveLength(1);
  });

  it('finds NotPrincipal in an Allow', () => {
    const key = withStatements('lambda', (statements) => [
      ...statements,
      { Sid: 'Everyone', Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::100000000001:root' }, Action: 'kms:Decrypt', Resource: '*' },
    ]);
    expect(findings(LZK2, key)).toEqual(['statement "Everyone" uses NotPrincipal in an Allow, which grants every principal not listed']);
  });

  it('is not applicable when the policy cannot be read (LZK1 reports it)', () => {
    const key = plannedKey('s3');
    expect(LZK2.check(rendered(key, { ...renderedAttributes(key.plan), policy: 'nope' }))).toEqual({ status: 'not-applicable' });
  });
});

describe('LZK3 kms:* and key administration only for the account root', () => {
  it('is compliant for the catalog policies (root statement only)', () => {
    expect(LZK3.check(rendered(plannedKey('management', allStatementsModel())))).toEqual({ status: 'compliant' });
  });

  it('finds kms:* for the organization (LZA\'s ebs statement shape)', () => {
    const key = withStatements('ebs', (statements) => {
      bySid(statements, 'EbsViaEc2').Action = 'kms:*';
      return statements;
    });
    expect(findings(LZK3, key)).toEqual(['statement "EbsViaEc2" allows kms:* to a principal other than this account\'s root']);
  });

  it('finds key administration granted through a wildcard, and to another account\'s root', () => {
    const key = withStatements('management', (statements) => {
      bySid(statements, 'SnsPublish').Action = ['kms:Put*', 'kms:Encrypt'];
      bySid(statements, 'ControlTowerAudit').Action = 'kms:*';
      return statements;
    }, allStatementsModel());
    expect(findings(LZK3, key)).toEqual([
      'statement "SnsPublish" allows kms:PutKeyPolicy to a principal other than this account\'s root',
      'statement "ControlTowerAudit" allows kms:* to a principal other than this account\'s root',
    ]);
  });

  it('finds NotAction in an Allow', () => {
    const key = withStatements('sns', (statements) => {
      const statement = bySid(statements, 'NotificationServices');
      delete statement.Action;
      statement.NotAction = 'kms:Decrypt';
      return statements;
    });
    expect(findings(LZK3, key)).toEqual([
      'statement "NotificationServices" allows every action but those in NotAction to a principal other than this account\'s root',
    ]);
  });
});

describe('LZK4 principals inside the organization', () => {
  it('is compliant for another account of the organization (Control Tower\'s Audit root)', () => {
    expect(LZK4.check(rendered(plannedKey('management', allStatementsModel())))).toEqual({ status: 'compliant' });
  });

  it.each([
    ['an account outside the organization', { AWS: `arn:aws:iam::${OUTSIDE_ACCOUNT}:root` }, `arn:aws:iam::${OUTSIDE_ACCOUNT}:root`],
    ['a bare outside account id', { AWS: OUTSIDE_ACCOUNT }, OUTSIDE_ACCOUNT],
    ['an organization account in another partition', { AWS: 'arn:aws-cn:iam::100000000003:root' }, 'arn:aws-cn:iam::100000000003:root'],
    ['a federated principal', { Federated: 'cognito-identity.amazonaws.com' }, 'Federated:cognito-identity.amazonaws.com'],
    ['a service that is not AWS', { Service: 'logs.example.com' }, 'logs.example.com'],
  ])('finds %s', (_name, principal, named) => {
    const key = withStatements('management', (statements) => {
      bySid(statements, 'ControlTowerAudit').Principal = principal;
      return statements;
    }, allStatementsModel());
    expect(findings(LZK4, key)).toEqual([`statement "ControlTowerAudit" allows ${named}, outside the organization`]);
  });

  it('finds a role of an outside account', () => {
    const key = withStatements('lambda', (statements) => [
      ...statements,
      { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::100000000004:role/app`, `arn:aws:iam::${OUTSIDE_ACCOUNT}:role/app`] }, Action: 'kms:Decrypt', Resource: '*' },
    ]);
    expect(findings(LZK4, key)).toEqual([`statement "Partner" allows arn:aws:iam::${OUTSIDE_ACCOUNT}:role/app, outside the organization`]);
  });
});
