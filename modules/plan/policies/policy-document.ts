/** Key policies as data, in IAM's own JSON vocabulary, so rendering is JSON.stringify. */

export type ConditionOperator =
  | 'StringEquals'
  | 'StringEqualsIfExists'
  | 'StringLike'
  | 'ArnEquals'
  | 'ArnLike'
  | 'Bool';

export type ConditionBlock = Readonly<Partial<Record<ConditionOperator, Readonly<Record<string, string | readonly string[]>>>>>;

export type Principal =
  | { readonly AWS: string | readonly string[] }
  | { readonly Service: string | readonly string[] };

export interface PolicyStatement {
  /** Stable and unique within a policy; names the role the statement plays. */
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Principal: Principal;
  readonly Action: string | readonly string[];
  readonly Resource: '*';
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** Merges condition blocks; keys under the same operator are combined (they must all hold). */
export function allOf(...blocks: ReadonlyArray<ConditionBlock | undefined>): ConditionBlock {
  const merged: Partial<Record<ConditionOperator, Record<string, string | readonly string[]>>> = {};
  for (const block of blocks) {
    if (block === undefined) continue;
    for (const [operator, entries] of Object.entries(block) as Array<[ConditionOperator, Record<string, string | readonly string[]>]>) {
      merged[operator] = { ...(merged[operator] ?? {}), ...entries };
    }
  }
  return merged;
}

export function policyDocument(statements: ReadonlyArray<PolicyStatement | undefined | false>): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements.filter((s): s is PolicyStatement => Boolean(s)) };
}
