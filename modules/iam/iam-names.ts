/** IAM's naming rules the policy checks need: wildcards, principal ARNs, service principals. */

/**
 * Compiled once per pattern: the policy rules compare every action of every key's policy with
 * each administration action, and at 4,000 stacks compiling each time took a second. Patterns
 * are the few action names and suppression patterns of one configuration.
 */
const WILDCARDS = new Map<string, RegExp>();

/** IAM's `*` and `?` wildcards, compared case-insensitively as IAM compares action names. */
export function wildcardMatches(pattern: string, value: string): boolean {
  let compiled = WILDCARDS.get(pattern);
  if (compiled === undefined) {
    const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    compiled = new RegExp(`^${regex}$`, 'i');
    WILDCARDS.set(pattern, compiled);
  }
  return compiled.test(value);
}

/** The account an AWS principal belongs to: a 12-digit id, or the account field of an IAM/STS ARN. */
export function accountOfPrincipal(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return principalArnParts(principal)?.account;
}

export interface PrincipalArnParts {
  readonly partition: string;
  readonly service: string;
  readonly account: string;
  readonly resource: string;
}

/** `arn:aws:iam::111122223333:role/x` → its parts; undefined for anything else. */
export function principalArnParts(arn: string): PrincipalArnParts | undefined {
  const match = /^arn:([^:]+):(iam|sts)::([^:]*):(.+)$/.exec(arn);
  return match ? { partition: match[1], service: match[2], account: match[3], resource: match[4] } : undefined;
}

export function accountRootArn(partition: string, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/** `arn:<partition>:iam::<account>:role/<name>`; the name may carry a path or a `*` pattern. */
export function roleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** The account root: its ARN, or the bare account id IAM reads as the same principal. */
export function isAccountRoot(principal: string, partition: string, accountId: string): boolean {
  return principal === accountRootArn(partition, accountId) || principal === accountId;
}

/** AWS service principals end in the partition's service domain. */
export function isServicePrincipal(principal: string, partition: string): boolean {
  const suffixes = partition === 'aws-cn' ? ['.amazonaws.com', '.amazonaws.com.cn'] : ['.amazonaws.com'];
  return suffixes.some((suffix) => principal.endsWith(suffix) && principal.length > suffix.length);
}
