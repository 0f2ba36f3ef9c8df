/**
 * Benchmark of the policy rules and the access report on a large organization: the example
 * configuration grown to N workload accounts (default 1,000; `npm run bench:policy-rules -- 2000`).
 * Prints figures; asserts nothing.
 */
import { App } from 'cdktf';
import { addChecks, runChecks } from '../modules/checks';
import { loadOrgModel } from '../modules/config';
import { planStacks } from '../modules/plan';
import { buildAccessReport, renderJson, renderMarkdown } from '../modules/report';
import { PolicyRulesAspect } from '../modules/rules';
import { renderStacks } from '../modules/stacks/render';
import { withAccounts } from './bench/grow-model';

function timed<T>(label: string, run: () => T): T {
  const start = process.hrtime.bigint();
  const result = run();
  process.stdout.write(`${label.padEnd(44)} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0).padStart(7)} ms\n`);
  return result;
}

const accounts = Number(process.argv[2] ?? 1000);
const model = withAccounts(loadOrgModel('configs'), accounts);
const plans = timed(`plan (${accounts} accounts × ${model.enabledRegions.length} Regions)`, () => planStacks(model));
const keys = plans.reduce((n, stack) => n + stack.keys.length, 0);
const stacks = timed(`render ${plans.length} stacks, ${keys} keys`, () => renderStacks(new App({ outdir: '/tmp/lz-keys-bench' }), plans));
timed('checks pass without any Aspect (baseline)', () => runChecks(stacks));
addChecks(stacks, [new PolicyRulesAspect()]);
const failures = timed('policy rules (PolicyRulesAspect) on every key', () => runChecks(stacks));
const report = timed('access report model', () => buildAccessReport(model, plans));
const markdown = timed('access report Markdown + JSON', () => [renderMarkdown(report), renderJson(report)]);
process.stdout.write(`findings: ${failures.length}; report: ${report.groups.length} groups, ` +
  `${markdown[0].length} characters of Markdown, ${markdown[1].length} of JSON\n`);
