/**
 * Every key purpose of the catalog through an IAM simulator nobody here wrote: what the catalog
 * grants is Allowed; the same request from another organization, or by a service for another
 * account or organization, is Denied; nobody outside may administer a key or grant it away.
 * Statements conditioned on kms:EncryptionContext (CloudWatch Logs) are beyond the simulator and
 * are asserted as written.
 */
import type { OrgModel } from '../../modules/config';
import { KEY_PURPOSES, type KeyPurpose } from '../../modules/plan';
import type { PolicyStatement } from '../../modules/plan';
import { allStatementsModel, plannedKeys, withoutOrganization } from '../rules/rule-fixtures';
import { CATALOG_GRANTS, LOGS, type CatalogGrant, type CatalogRefusal, type GrantCaller } from './catalog-grants';
import { OUTSIDE_ACCOUNT, all, decide, decideAll, type Caller, type KeyUnderTest } from './simulate';

/** A workload account of the organization that holds none of the keys under test. */
const ORG_ACCOUNT = '100000000006';
const AUDIT_ACCOUNT = '100000000003';
/** Where the all-accounts keys under test live: a workload account. */
const WORKLOAD_ACCOUNT = '100000000004';
const REGION = 'eu-west-1';
const ADMINISTRATION = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:CreateGrant'];

function keyUnderTest(model: OrgModel, purpose: KeyPurpose): KeyUnderTest & { statements: readonly PolicyStatement[] } {
  const candidates = plannedKeys(model).filter(({ stack, plan }) => plan.purpose === purpose && stack.region === REGION);
  const found = candidates.find(({ stack }) => stack.accountId === WORKLOAD_ACCOUNT) ?? candidates[0];
  if (found === undefined) throw new Error(`no ${purpose} key in ${REGION}`);
  return {
    policy: found.plan.policy,
    statements: found.plan.policy.Statement,
    accountId: found.stack.accountId,
    region: REGION,
    organizationAccounts: found.stack.organization.accountIds,
  };
}

const inRegion = (text: string) => text.split('{region}').join(REGION);

function callerOf(grantCaller: GrantCaller, key: KeyUnderTest, sourceAccount?: string): Caller {
  if ('service' in grantCaller) {
    return { kind: 'service', principal: inRegion(grantCaller.service), ...(sourceAccount !== undefined ? { sourceAccount } : {}) };
  }
  if (grantCaller.in === 'this-account') return { kind: 'role', accountId: key.accountId, name: grantCaller.role, identity: 'none' };
  return { kind: 'role', accountId: grantCaller.in === 'audit-account' ? AUDIT_ACCOUNT : ORG_ACCOUNT, name: grantCaller.role };
}

/** The same caller elsewhere: a role in another account, or a service for another account's resources. */
function movedTo(caller: Caller, accountId: string | undefined): Caller {
  if (caller.kind === 'role') return { kind: 'role', accountId: accountId ?? OUTSIDE_ACCOUNT, name: caller.name };
  return accountId === undefined ? { kind: 'service', principal: caller.principal } : { ...caller, sourceAccount: accountId };
}

function grantedSource(grant: CatalogGrant, key: KeyUnderTest): string | undefined {
  if ('service' in grant.caller) return grant.scope === 'source-organization' ? ORG_ACCOUNT : key.accountId;
  return undefined;
}

/** [what, where the same request comes from, the catalog's decision] for each variant of a grant. */
function variants(grant: CatalogGrant): Array<readonly [string, string | undefined, 'Allowed' | 'Denied']> {
  switch (grant.scope) {
    case 'one-account':
      return [['a role of the same name in another organization account', ORG_ACCOUNT, 'Denied'], ['the same role name in an outside account', OUTSIDE_ACCOUNT, 'Denied']];
    case 'organization':
      return [['the same principal in another organization', OUTSIDE_ACCOUNT, 'Denied']];
    case 'source-account':
      return [['the service acting for another organization account', ORG_ACCOUNT, 'Denied'], ['the service acting for an outside account', OUTSIDE_ACCOUNT, 'Denied']];
    case 'source-account-if-present':
      return [
        ['the service acting for another organization account', ORG_ACCOUNT, 'Denied'],
        ['the service acting for an outside account', OUTSIDE_ACCOUNT, 'Denied'],
        ['the service naming no source (StringEqualsIfExists, as the catalog writes it)', undefined, 'Allowed'],
      ];
    case 'source-organization':
      return [['the service acting for another organization', OUTSIDE_ACCOUNT, 'Denied']];
    case 'unguarded':
      return [['the service acting for an outside account: the catalog names no confused-deputy condition', OUTSIDE_ACCOUNT, 'Allowed']];
  }
}

const MODELS: ReadonlyArray<readonly [string, OrgModel]> = [
  ['organization o-exampleorg1', allStatementsModel()],
  ['no organization (account lists)', withoutOrganization(allStatementsModel())],
];

describe.each(MODELS)('%s', (_modelName, model) => {
  describe.each(KEY_PURPOSES.map((purpose) => [purpose] as const))('%s key', (purpose) => {
    const key = keyUnderTest(model, purpose);
    const catalog = CATALOG_GRANTS[purpose];
    const request = (grant: CatalogGrant | CatalogRefusal) => ({
      ...(grant.via !== undefined ? { via: inRegion(grant.via) } : {}),
      ...(grant.grantForAwsResource ? { grantForAwsResource: true } : {}),
    });

    for (const grant of catalog.grants) describe(`grant: ${grant.name}`, () => {
      const caller = callerOf(grant.caller, key, grantedSource(grant, key));

      it('is allowed', async () => {
        expect(await decideAll(key, grant.actions, { caller, ...request(grant) })).toEqual(all(grant.actions, 'Allowed'));
      });

      it.each(variants(grant).map(([what, account, decision]) => [`${decision === 'Denied' ? 'refused' : 'allowed'} to ${what}`, account, decision] as const))(
        '%s',
        async (_what, account, decision) => {
          const moved = movedTo(caller, account);
          expect(await decideAll(key, grant.actions, { caller: moved, ...request(grant) })).toEqual(all(grant.actions, decision));
        },
      );
    });

    for (const refusal of catalog.refusals ?? []) {
      it(`refuses ${refusal.name}`, async () => {
        const caller = callerOf(refusal.caller, key, key.accountId);
        expect(await decideAll(key, refusal.actions, { caller, ...request(refusal) })).toEqual(all(refusal.actions, 'Denied'));
      });
    }

    it('refuses any outside principal kms:PutKeyPolicy, kms:ScheduleKeyDeletion and kms:CreateGrant, through any service', async () => {
      // GIVEN an outside role named like the accelerator's, whose own account allows it everything
      const outsider: Caller = { kind: 'role', accountId: OUTSIDE_ACCOUNT, name: 'AWSAccelerator-Outsider' };
      const vias = [undefined, ...catalog.grants.flatMap((g) => (g.via !== undefined ? [inRegion(g.via)] : []))];
      // THEN every attempt is denied, however it comes
      for (const via of vias) {
        expect(await decideAll(key, ADMINISTRATION, { caller: outsider, grantForAwsResource: true, ...(via ? { via } : {}) })).toEqual(
          all(ADMINISTRATION, 'Denied'),
        );
      }
    });

    it('lets administrators of the key\'s own account manage it (the root statement)', async () => {
      const admin: Caller = { kind: 'role', accountId: key.accountId, name: 'Admin' };
      expect(await decideAll(key, ADMINISTRATION, { caller: admin })).toEqual(all(ADMINISTRATION, 'Allowed'));
    });

    const logs = catalog.logs;
    if (logs === undefined) {
      it('names no CloudWatch Logs principal', () => {
        expect(JSON.stringify(key.statements)).not.toContain('"logs.');
      });
    } else {
      it('lets CloudWatch Logs in only for the catalog\'s log groups (asserted as written: kms:EncryptionContext)', async () => {
        const service = `logs.${REGION}.amazonaws.com`;
        const statements = key.statements.filter((s) => JSON.stringify(s.Principal).includes(service));
        const account = logs.logGroupAccount === 'this' ? key.accountId : '*';
        expect(statements.map((s) => [s.Principal, s.Action, s.Condition])).toEqual([
          [{ Service: service }, logs.actions, { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${REGION}:${account}:log-group:*` } }],
        ]);
        // and no other statement lets the service in without that encryption context
        const tried = ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'];
        expect(await decideAll(key, tried, { caller: { kind: 'service', principal: service, sourceAccount: key.accountId } })).toEqual(
          all(tried, 'Denied'),
        );
      });
    }
  });
});

describe('the harness', () => {
  it('sees a difference the key policy makes (the same outsider is allowed by a policy that opens the key)', async () => {
    const key = keyUnderTest(allStatementsModel(), 'lambda');
    const open = { ...key, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] } };
    const outsider: Caller = { kind: 'role', accountId: OUTSIDE_ACCOUNT, name: 'x' };
    expect([await decide(key, { caller: outsider, action: 'kms:Decrypt' }), await decide(open, { caller: outsider, action: 'kms:Decrypt' })]).toEqual([
      'Denied',
      'Allowed',
    ]);
  });

  it('LOGS are written as the catalog writes them', () => {
    expect(LOGS).toEqual(['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*']);
  });
});
