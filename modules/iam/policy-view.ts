/**
 * Any key policy JSON, read into one shape. IAM allows a statement or a list, a principal as `*`
 * or a mapping of strings or lists, an action as a string or a list; the rules and the access
 * report must read a broken policy as well as a generated one, so nothing here assumes the
 * builders' shape.
 */

export interface ConditionEntry {
  /** As written: `StringEquals`, `ArnLike`, `ForAnyValue:StringLike`, `StringEqualsIfExists`. */
  readonly operator: string;
  /** As written; IAM compares condition keys case-insensitively (see `sameKey`). */
  readonly key: string;
  readonly values: readonly string[];
}

export interface PrincipalSet {
  /** `"Principal": "*"` or `"AWS": "*"`: every principal of every account. */
  readonly any: boolean;
  /** AWS principals other than `*`: account ids and ARNs. */
  readonly aws: readonly string[];
  readonly services: readonly string[];
  /** Federated and CanonicalUser principals, as `Federated:<value>`. */
  readonly others: readonly string[];
}

export interface StatementView {
  /** Position in the policy, from 0. */
  readonly index: number;
  readonly sid?: string;
  readonly effect: string;
  readonly principal?: PrincipalSet;
  readonly notPrincipal?: PrincipalSet;
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly conditions: readonly ConditionEntry[];
}

export type PolicyView =
  | { readonly ok: true; readonly statements: readonly StatementView[] }
  | { readonly ok: false; readonly problem: string };

export function viewPolicy(document: unknown): PolicyView {
  if (!isRecord(document)) return { ok: false, problem: 'the policy is not a JSON object' };
  const raw = document.Statement;
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
  if (list === undefined) return { ok: false, problem: 'the policy has no Statement list' };
  const statements: StatementView[] = [];
  for (const [index, statement] of list.entries()) {
    if (!isRecord(statement)) return { ok: false, problem: `statement ${index} is not a JSON object` };
    statements.push({
      index,
      ...(typeof statement.Sid === 'string' ? { sid: statement.Sid } : {}),
      effect: String(statement.Effect),
      ...(statement.Principal !== undefined ? { principal: principalSet(statement.Principal) } : {}),
      ...(statement.NotPrincipal !== undefined ? { notPrincipal: principalSet(statement.NotPrincipal) } : {}),
      actions: strings(statement.Action),
      notActions: strings(statement.NotAction),
      conditions: conditionEntries(statement.Condition),
    });
  }
  return { ok: true, statements };
}

/** How a finding names a statement: its Sid, else its position. */
export function statementName(statement: StatementView): string {
  return statement.sid !== undefined && statement.sid !== '' ? `statement "${statement.sid}"` : `statement ${statement.index}`;
}

export function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function principalSet(value: unknown): PrincipalSet {
  if (value === '*') return { any: true, aws: [], services: [], others: [] };
  const record = isRecord(value) ? value : {};
  const aws = strings(record.AWS);
  return {
    any: aws.includes('*'),
    aws: aws.filter((principal) => principal !== '*'),
    services: strings(record.Service),
    others: [
      ...strings(record.Federated).map((p) => `Federated:${p}`),
      ...strings(record.CanonicalUser).map((p) => `CanonicalUser:${p}`),
      // A principal that is neither "*" nor a mapping is malformed; keep it visible as "other".
      ...(isRecord(value) ? [] : [`(malformed principal ${JSON.stringify(value)})`]),
    ],
  };
}

function conditionEntries(value: unknown): ConditionEntry[] {
  if (!isRecord(value)) return [];
  const entries: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isRecord(block)) continue;
    for (const [key, values] of Object.entries(block)) entries.push({ operator, key, values: strings(values) });
  }
  return entries;
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => String(item));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
