/**
 * A thin harness over @cloud-copilot/iam-simulate (AGPL-3.0: a devDependency used only here, never
 * shipped). A request names who calls, from which account and organization, through which
 * service; the harness fills the context keys AWS would send and asks the simulator whether the
 * key policy lets it through.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';

export const THIS_ORGANIZATION = 'o-exampleorg1';
export const OUTSIDE_ORGANIZATION = 'o-outsider0001';
export const OUTSIDE_ACCOUNT = '999999999999';

/** Everything allowed on the caller's side, so the key policy alone decides. */
const ADMIN_IDENTITY = [{ name: 'admin', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }];

export interface KeyUnderTest {
  readonly policy: unknown;
  readonly accountId: string;
  readonly region: string;
  /** The organization's accounts: a caller in one of them is in THIS_ORGANIZATION. */
  readonly organizationAccounts: readonly string[];
}

export type Caller =
  /** An IAM role; its account's IAM allows everything unless `identity` is 'none'. */
  | { readonly kind: 'role'; readonly accountId: string; readonly name: string; readonly identity?: 'admin' | 'none' }
  /** An AWS service principal acting for a resource of `sourceAccount` (none: it names no source). */
  | { readonly kind: 'service'; readonly principal: string; readonly sourceAccount?: string };

export interface Request {
  readonly caller: Caller;
  readonly action: string;
  /** kms:ViaService: the full service name, such as s3.eu-west-1.amazonaws.com. */
  readonly via?: string;
  readonly grantForAwsResource?: boolean;
}

export type Decision = 'Allowed' | 'Denied';

export function keyArn(key: KeyUnderTest): string {
  return `arn:aws:kms:${key.region}:${key.accountId}:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`;
}

export function roleArn(accountId: string, name: string): string {
  return `arn:aws:iam::${accountId}:role/${name}`;
}

export async function decide(key: KeyUnderTest, request: Request): Promise<Decision> {
  const { caller } = request;
  const organizationOf = (account: string) => (key.organizationAccounts.includes(account) ? THIS_ORGANIZATION : OUTSIDE_ORGANIZATION);
  const context: Record<string, string> = {};
  let principal: string;
  let identity: typeof ADMIN_IDENTITY = [];
  if (caller.kind === 'role') {
    principal = roleArn(caller.accountId, caller.name);
    Object.assign(context, {
      'aws:PrincipalArn': principal,
      'aws:PrincipalAccount': caller.accountId,
      'aws:PrincipalOrgID': organizationOf(caller.accountId),
      'kms:CallerAccount': caller.accountId,
    });
    identity = caller.identity === 'none' ? [] : ADMIN_IDENTITY;
  } else {
    principal = caller.principal;
    if (caller.sourceAccount !== undefined) {
      Object.assign(context, { 'aws:SourceAccount': caller.sourceAccount, 'aws:SourceOrgID': organizationOf(caller.sourceAccount) });
    }
  }
  if (request.via !== undefined) context['kms:ViaService'] = request.via;
  if (request.grantForAwsResource === true) context['kms:GrantIsForAWSResource'] = 'true';
  const result = await runSimulation(
    {
      request: { principal, action: request.action, resource: { resource: keyArn(key), accountId: key.accountId }, contextVariables: context },
      identityPolicies: identity,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: key.policy,
    },
    {},
  );
  if (result.resultType === 'error') throw new Error(`The simulator rejected the request: ${result.errors.message}`);
  return result.overallResult === 'Allowed' ? 'Allowed' : 'Denied';
}

/** Every action, each decided; returned as `action: decision` lines so a failure names the action. */
export async function decideAll(key: KeyUnderTest, actions: readonly string[], request: Omit<Request, 'action'>): Promise<string[]> {
  const decisions: string[] = [];
  for (const action of actions) decisions.push(`${action}: ${await decide(key, { ...request, action })}`);
  return decisions;
}

export function all(actions: readonly string[], decision: Decision): string[] {
  return actions.map((action) => `${action}: ${decision}`);
}
