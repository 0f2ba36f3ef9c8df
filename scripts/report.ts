/**
 * `npm run report`: the access report of the configuration (`$LZ_KEYS_CONFIG_DIR`, else
 * `configs/`) as reports/key-access.md and reports/key-access.json (`$LZ_KEYS_REPORT_DIR` to
 * write elsewhere). A configuration error writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, configDirFromEnv, loadOrgModel } from '../modules/config';
import { planStacks } from '../modules/plan';
import { buildAccessReport, renderJson, renderMarkdown } from '../modules/report';

export const REPORT_DIR_ENV = 'LZ_KEYS_REPORT_DIR';
export const DEFAULT_REPORT_DIR = 'reports';

function main(): void {
  const model = loadOrgModel(configDirFromEnv());
  const report = buildAccessReport(model, planStacks(model));
  const outDir = process.env[REPORT_DIR_ENV] || DEFAULT_REPORT_DIR;
  const files = { 'key-access.md': renderMarkdown(report), 'key-access.json': renderJson(report) };
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    // Written beside, then renamed: a reader never sees half a report.
    const target = path.join(outDir, name);
    fs.writeFileSync(`${target}.tmp`, text);
    fs.renameSync(`${target}.tmp`, target);
  }
  const keys = report.groups.reduce((n, group) => n + group.keys.length, 0);
  process.stdout.write(`Access report of ${keys} keys in ${report.groups.length} groups: ${Object.keys(files).map((f) => path.join(outDir, f)).join(', ')}\n`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
