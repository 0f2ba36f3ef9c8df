/**
 * The app: load → parse → plan → retain (ledger, removed blocks) → render (and, with Terraform
 * Cloud, the workspaces stack) → check → synth →
 * record new keys in the ledger. A configuration error, a stale ledger or a failed check stops
 * it before anything is written.
 */
import { App } from 'cdktf';
import { ChecksFailedError, STACK_CHECKS, addChecks, checkAndSynth } from './modules/checks';
import { ConfigError, configDirFromEnv, loadOrgModel } from './modules/config';
import { planStacks } from './modules/plan';
import { LedgerModeError, LedgerStaleError, ledgerModeFromEnv, retainKeys, type LedgerMode } from './modules/retention';
import { renderStacks } from './modules/stacks/render';
import { renderWorkspaces } from './modules/workspaces/workspaces-stack';

export interface SynthOptions {
  readonly configDir: string;
  readonly ledgerMode: LedgerMode;
  /** Where to write; default: cdktf's (cdktf.out, or what `cdktf synth` sets). */
  readonly outdir?: string;
}

/** The whole app; the tests call it too, so what they prove is what `npm run synth` does. */
export function synthApp(options: SynthOptions): void {
  const model = loadOrgModel(options.configDir);
  const retention = retainKeys(options.configDir, model, planStacks(model), options.ledgerMode);
  const app = new App({ stackTraces: false, ...(options.outdir !== undefined ? { outdir: options.outdir } : {}) });
  const stacks = renderStacks(app, retention.plans);
  addChecks(stacks, STACK_CHECKS);
  // Tombstones included: a workspace stays declared as long as its stack is synthesized.
  renderWorkspaces(app, model, stacks.map((stack) => stack.node.id));
  checkAndSynth(app, stacks);
  retention.commitLedger();
}

if (require.main === module) {
  try {
    synthApp({ configDir: configDirFromEnv(), ledgerMode: ledgerModeFromEnv() });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ChecksFailedError || error instanceof LedgerStaleError ||
      error instanceof LedgerModeError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
