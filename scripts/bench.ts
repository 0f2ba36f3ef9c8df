/**
 * npm run bench: synthesizes generated organizations of 10, 100 and 1000 workload accounts across
 * four Regions through the app's real entry point (the command in cdktf.json, with the
 * environment cdktf's CLI gives it), and the same resources through the floor app (cdktf with no
 * logic), and prints a table: wall time and peak RSS (medians of several runs; other work on the
 * machine makes single runs noisy), stacks, keys, output size, per-stack cost, ratio to the floor.
 * Figures only: nothing here passes or fails on time.
 *
 *   npm run bench -- --sizes 10,100 --reps 5 --app "node scripts/run-app.js main.ts"
 *   npm run bench -- --sizes 1000 --write-config /tmp/org-1000   (only writes the configuration)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BENCH_REGIONS, writeSyntheticOrg } from './bench/generate-config';
import { FLOOR_SHAPE_ENV } from './bench/floor-shape';
import { measureCommand, type Measurement } from './bench/measure';
import { outputStats, type OutputStats } from './bench/output-stats';

const ROOT = path.resolve(__dirname, '..');
const FLOOR_COMMAND = 'node scripts/run-app.js scripts/bench/floor-app.ts';

interface Options {
  readonly sizes: readonly number[];
  readonly reps: number;
  readonly app: string;
  /** Also time `npm run synth` (cdktf's CLI) end to end on the example configuration. */
  readonly cli: boolean;
  /** Only write the organization of the largest size here (for profiling), and stop. */
  readonly writeConfig?: string;
}

interface Row {
  readonly label: string;
  readonly what: string;
  readonly stats: OutputStats;
  readonly runs: readonly Measurement[];
  readonly floor?: Row;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const app = value('--app') ?? (JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8')) as { app: string }).app;
  return {
    sizes: (value('--sizes') ?? '10,100,1000').split(',').map(Number),
    reps: Number(value('--reps') ?? 3),
    app,
    cli: !argv.includes('--no-cli'),
    ...(value('--write-config') !== undefined ? { writeConfig: value('--write-config') } : {}),
  };
}

/** The environment cdktf's CLI gives the app command (see @cdktf/cli-core synth-stack.js). */
function synthEnv(outdir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', ...extra };
  delete env.LZ_KEYS_CONFIG_DIR;
  return {
    ...env,
    ...extra,
    NODE_OPTIONS: env.NODE_OPTIONS ?? '--max-old-space-size=4096',
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: 'true',
    CDKTF_CONTEXT_JSON: JSON.stringify({ cdktfRelativeModules: [] }),
    SYNTH_HCL_OUTPUT: 'false',
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const progress = (text: string) => process.stderr.write(`${text}\n`);

/** Runs `command` `reps` times into fresh output folders; the first run's output is described. */
async function runReps(
  work: string,
  name: string,
  reps: number,
  command: string,
  extraEnv: Record<string, string>,
  keep?: (outdir: string) => void,
  /** Number of the first repetition, for the progress lines of alternating runs. */
  firstRep = 1,
): Promise<{ runs: Measurement[]; stats: OutputStats }> {
  const runs: Measurement[] = [];
  let stats: OutputStats | undefined;
  for (let rep = 0; rep < reps; rep++) {
    const outdir = fs.mkdtempSync(path.join(work, `${name}-out-`));
    const run = await measureCommand(command, ROOT, synthEnv(outdir, extraEnv));
    runs.push(run);
    progress(`  ${name} #${firstRep + rep}: ${(run.wallMs / 1000).toFixed(2)} s, ${(run.peakRssKb / 1024).toFixed(0)} MB`);
    if (stats === undefined) {
      stats = outputStats(outdir);
      keep?.(outdir);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return { runs, stats: stats as OutputStats };
}

async function benchSize(work: string, options: Options, label: string, configDir: string): Promise<Row> {
  progress(`${label}:`);
  const shapeFile = path.join(work, `${label.replace(/\W+/g, '-')}-shape.json`);
  // A generated folder gets its key ledger on the first run (as a first synth in a pull request
  // does); the repository's own configs/ carries a current one and is only checked, never written.
  const ledgerMode = configDir.startsWith(work) ? 'update' : 'check';
  // The floor needs the shape of our output, so our first run comes first; then they alternate,
  // so a burst of load on the machine hits both alike.
  const ours: Measurement[] = [];
  const floor: Measurement[] = [];
  let oursStats: OutputStats | undefined;
  let floorStats: OutputStats | undefined;
  for (let rep = 0; rep < options.reps; rep++) {
    const a = await runReps(work, 'lz-keys', 1, options.app, { LZ_KEYS_CONFIG_DIR: configDir, LZ_KEYS_LEDGER: ledgerMode }, undefined, rep + 1);
    ours.push(...a.runs);
    if (oursStats === undefined) {
      oursStats = a.stats;
      fs.writeFileSync(shapeFile, JSON.stringify(oursStats.shape));
    }
    const f = await runReps(work, 'floor', 1, FLOOR_COMMAND, { [FLOOR_SHAPE_ENV]: shapeFile }, undefined, rep + 1);
    floor.push(...f.runs);
    floorStats ??= f.stats;
  }
  const floorRow: Row = { label, what: 'floor (cdktf, no logic)', stats: floorStats as OutputStats, runs: floor };
  return { label, what: 'lz-keys (cdktf.json app)', stats: oursStats as OutputStats, runs: ours, floor: floorRow };
}

async function benchCli(work: string, reps: number): Promise<Measurement[]> {
  progress('example via npm run synth (cdktf CLI):');
  const runs: Measurement[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const outdir = fs.mkdtempSync(path.join(work, 'cli-out-'));
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
    delete env.LZ_KEYS_CONFIG_DIR;
    const run = await measureCommand(`npm run synth -- --output ${outdir}`, ROOT, env);
    progress(`  cli #${rep + 1}: ${(run.wallMs / 1000).toFixed(2)} s, ${(run.peakRssKb / 1024).toFixed(0)} MB`);
    runs.push(run);
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  return runs;
}

function formatTable(rows: readonly Row[], cli: readonly Measurement[] | undefined, reps: number): string {
  const lines = [
    `| workload accounts × Regions | synthesized by | stacks | keys | output | wall (median of ${reps}) | peak RSS | per stack (wall, output) | vs floor (wall, RSS) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const cells = (row: Row, base?: Row) => {
    const wall = median(row.runs.map((r) => r.wallMs));
    const rss = median(row.runs.map((r) => r.peakRssKb));
    const ratio = base
      ? `${(wall / median(base.runs.map((r) => r.wallMs))).toFixed(2)}×, ${(rss / median(base.runs.map((r) => r.peakRssKb))).toFixed(2)}×`
      : '';
    return `| ${row.label} | ${row.what} | ${row.stats.stacks} | ${row.stats.keys} | ${(row.stats.bytes / 1048576).toFixed(1)} MB | ${(wall / 1000).toFixed(2)} s | ${(rss / 1024).toFixed(0)} MB | ${(wall / row.stats.stacks).toFixed(2)} ms, ${(row.stats.bytes / row.stats.stacks / 1024).toFixed(1)} KB | ${ratio} |`;
  };
  for (const row of rows) {
    lines.push(cells(row, row.floor));
    if (row.floor) lines.push(cells(row.floor));
  }
  if (cli) {
    const wall = median(cli.map((r) => r.wallMs));
    const rss = median(cli.map((r) => r.peakRssKb));
    lines.push(`| example (configs/) | npm run synth (cdktf CLI, end to end) | | | | ${(wall / 1000).toFixed(2)} s | ${(rss / 1024).toFixed(0)} MB | | |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.writeConfig !== undefined) {
    writeSyntheticOrg(options.writeConfig, { workloadAccounts: Math.max(...options.sizes), regions: BENCH_REGIONS });
    progress(`wrote ${options.writeConfig}`);
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-bench-'));
  const cleanUp = () => fs.rmSync(work, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    progress(`app command: ${options.app}`);
    const rows: Row[] = [];
    rows.push(await benchSize(work, options, 'example (configs/)', path.join(ROOT, 'configs')));
    for (const size of options.sizes) {
      const configDir = path.join(work, `config-${size}`);
      writeSyntheticOrg(configDir, { workloadAccounts: size, regions: BENCH_REGIONS });
      rows.push(await benchSize(work, options, `${size} × ${BENCH_REGIONS.length}`, configDir));
    }
    const cli = options.cli ? await benchCli(work, options.reps) : undefined;
    process.stdout.write(`${formatTable(rows, cli, options.reps)}\n`);
    process.stdout.write(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GB memory, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
