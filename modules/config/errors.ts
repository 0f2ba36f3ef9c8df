/**
 * Configuration problems are collected, never thrown one at a time: a user fixing a file wants
 * every issue of it in one run. Each issue names the file, the field, the line, what was found
 * and what was expected.
 */
import { restorePlaceholders } from './markers';

export interface ConfigIssue {
  /** File name relative to the configuration folder, e.g. `global-config.yaml`. */
  readonly file: string;
  /** Field path as written in the file: `logging.cloudwatchLogs.encryption.useCMK`, `accountIds[2].accountId`. */
  readonly field: string;
  readonly line?: number;
  /** What the file holds there; omitted when the sentence says it (missing file, broken YAML). */
  readonly found?: string;
  readonly expected: string;
}

export class ConfigError extends Error {
  public readonly issues: readonly ConfigIssue[];

  constructor(configDir: string, issues: readonly ConfigIssue[]) {
    super(formatIssues(configDir, issues));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.line === undefined ? issue.field : `${issue.field} (line ${issue.line})`;
  const found = issue.found === undefined ? '' : `found ${issue.found}; `;
  return `${where}: ${found}expected ${issue.expected}`;
}

function formatIssues(configDir: string, issues: readonly ConfigIssue[]): string {
  const byFile = new Map<string, ConfigIssue[]>();
  for (const issue of issues) {
    byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  }
  const lines = [`The configuration in ${configDir} is not valid; nothing was synthesized.`];
  for (const [file, fileIssues] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${file} has ${fileIssues.length} ${fileIssues.length === 1 ? 'issue' : 'issues'}:`);
    for (const issue of fileIssues) lines.push(`  - ${formatIssue(issue)}`);
  }
  return lines.join('\n');
}

/** Describes a YAML value for a message: `"us-east-9"`, `the number 42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(restorePlaceholders(value));
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a mapping';
}

/** `['accountIds', 2, 'accountId']` → `accountIds[2].accountId`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}
