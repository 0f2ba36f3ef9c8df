/**
 * policy → access rows: one row per statement saying who may do what, only when. Pure; the
 * Markdown and JSON renderers, and the tests, read the same rows.
 */
import { viewPolicy, type ConditionEntry, type StatementView } from '../iam/policy-view';
import { awsPrincipalWords, serviceWords, conditionWords, type WordContext } from './plain-words';

export interface AccessRow {
  /** The statement's Sid, or its position. */
  readonly statement: string;
  readonly effect: string;
  readonly who: readonly string[];
  readonly actions: readonly string[];
  /** True when the statement lists actions NOT granted (NotAction). */
  readonly allActionsBut: boolean;
  /** Every one must hold; empty = always. */
  readonly when: readonly string[];
  readonly conditions: readonly ConditionEntry[];
}

export function accessRows(policy: unknown, words: WordContext): AccessRow[] {
  const view = viewPolicy(policy);
  if (!view.ok) throw new Error(`The access report cannot read a key policy: ${view.problem}.`);
  return view.statements.map((statement) => accessRow(statement, words));
}

function accessRow(statement: StatementView, words: WordContext): AccessRow {
  return {
    statement: statement.sid ?? `#${statement.index}`,
    effect: statement.effect,
    who: [
      ...(statement.principal ? principalWords(statement.principal, words) : []),
      ...(statement.notPrincipal ? [`everyone except ${principalWords(statement.notPrincipal, words).join(', ')}`] : []),
    ],
    actions: statement.notActions.length > 0 ? statement.notActions : statement.actions,
    allActionsBut: statement.notActions.length > 0,
    when: statement.conditions.map((entry) => conditionWords(entry, words)),
    conditions: statement.conditions,
  };
}

function principalWords(principal: NonNullable<StatementView['principal']>, words: WordContext): string[] {
  return [
    ...(principal.any ? ['any principal'] : []),
    ...principal.aws.map((p) => awsPrincipalWords(p, words)),
    ...principal.services.map((s) => `AWS service ${serviceWords(s, words)} (${words.literal(s)})`),
    ...principal.others,
  ];
}
