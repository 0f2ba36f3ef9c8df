/** The access report for people: a summary, then one table per key group. Deterministic text. */
import { KMS_KEY_POLICY_MAX_BYTES } from '../rules/lzk9-policy-size';
import type { AccessRow } from './access-rows';
import type { AccessReport, KeyGroup, ReportedKey } from './access-report';

/** Above this many accounts a group's account list folds away. */
const ACCOUNTS_SHOWN_OPEN = 10;

export function renderMarkdown(report: AccessReport): string {
  const org = report.organizationId !== undefined ? `organization ${report.organizationId}` : 'no organization (accounts listed one by one)';
  const lines = [
    '# Key access report',
    '',
    `Who may do what with each KMS key of this configuration: ${org}, ${report.accounts.length} accounts, ` +
      `Regions ${report.regions.join(', ')}. Built by \`npm run report\` from the same key plan \`cdktf synth\` renders.`,
    '',
    'How to read it: each row is one policy statement; the principals under *who* may do the actions under *may*, ' +
      'only when every condition under *only when* holds. Nothing else is allowed. Keys whose policies differ only in ' +
      'their account and Region share one table: there, "this account" and "this Region" (`<account>`, `<region>`) are ' +
      'those of each key listed under it.',
    '',
    '| key | description | keys | accounts | Regions | largest policy |',
    '|---|---|---:|---:|---:|---:|',
    ...report.groups.map((group) => {
      const accounts = new Set(group.keys.map((k) => k.accountId)).size;
      const regions = new Set(group.keys.map((k) => k.region)).size;
      return `| ${heading(group, report)} | ${group.description} | ${group.keys.length} | ${accounts} | ${regions} | ${sizeText(group.policyBytes)} |`;
    }),
    '',
  ];
  for (const group of report.groups) lines.push(...groupSection(group, report));
  return `${lines.join('\n').trimEnd()}\n`;
}

function heading(group: KeyGroup, report: AccessReport): string {
  const same = report.groups.filter((g) => g.purpose === group.purpose);
  return same.length === 1 ? group.purpose : `${group.purpose} (${same.indexOf(group) + 1} of ${same.length})`;
}

function sizeText(bytes: number): string {
  const share = `${bytes} B (${Math.ceil((bytes / KMS_KEY_POLICY_MAX_BYTES) * 100)}% of 32 KB)`;
  return bytes > KMS_KEY_POLICY_MAX_BYTES ? `${share}, **over KMS's limit** (rule LZK9)` : share;
}

function groupSection(group: KeyGroup, report: AccessReport): string[] {
  return [
    `## ${heading(group, report)}: ${group.description}`,
    '',
    `Alias \`${group.alias}\`, ARN published at \`${group.parameterName}\`; ${group.keys.length} ` +
      `${group.keys.length === 1 ? 'key' : 'keys'}, policy ${sizeText(group.policyBytes)}.`,
    '',
    '| statement | who | may | only when |',
    '|---|---|---|---|',
    ...group.rows.map(rowLine),
    '',
    ...keyList(group.keys),
    '',
  ];
}

function rowLine(row: AccessRow): string {
  const effect = row.effect === 'Allow' ? '' : `**${row.effect}:** `;
  const actions = row.actions.map((a) => `\`${a}\``).join(', ');
  const may = row.allActionsBut ? `every action except ${actions}` : actions;
  const when = row.when.length === 0 ? 'always' : row.when.map(escape).join('; and ');
  return `| ${escape(row.statement)} | ${effect}${row.who.map(escape).join('; or ')} | ${may} | ${when} |`;
}

/** Keys by the Regions they are in, each line the accounts holding the group's key there. */
function keyList(keys: readonly ReportedKey[]): string[] {
  const regionsByAccount = new Map<string, { name: string; regions: string[] }>();
  for (const key of keys) {
    const entry = regionsByAccount.get(key.accountId) ?? { name: key.accountName, regions: [] };
    entry.regions.push(key.region);
    regionsByAccount.set(key.accountId, entry);
  }
  const accountsByRegions = new Map<string, string[]>();
  for (const [id, { name, regions }] of regionsByAccount) {
    const where = regions.join(', ');
    accountsByRegions.set(where, [...(accountsByRegions.get(where) ?? []), `${id} ${escape(name)}`]);
  }
  const lines = ['Keys, in stacks `keys-<account>-<region>`:', ''];
  for (const [regions, accounts] of accountsByRegions) {
    const list = accounts.join(', ');
    lines.push(
      accounts.length <= ACCOUNTS_SHOWN_OPEN
        ? `- ${regions}: ${list}`
        : `- ${regions}: ${accounts.length} accounts <details><summary>show</summary>${list}</details>`,
    );
  }
  return lines;
}

function escape(text: string): string {
  return text.replace(/([\\|*_<>`])/g, '\\$1');
}
