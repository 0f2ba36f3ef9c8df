/**
 * The app: load → parse → plan → render → check → synth. A configuration error or a failed
 * check stops it before anything is written.
 */
import { App } from 'cdktf';
import { ChecksFailedError, STACK_CHECKS, addChecks, checkAndSynth } from './modules/checks';
import { ConfigError, configDirFromEnv, loadOrgModel } from './modules/config';
import { planStacks } from './modules/plan';
import { renderStacks } from './modules/stacks/render';
import { renderWorkspaces } from './modules/workspaces/workspaces-stack';

function main(): void {
  const model = loadOrgModel(configDirFromEnv());
  const app = new App({ stackTraces: false });
  const stacks = renderStacks(app, planStacks(model));
  addChecks(stacks, STACK_CHECKS);
  renderWorkspaces(app, model, stacks.map((stack) => stack.node.id));
  checkAndSynth(app, stacks);
}

try {
  main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof ChecksFailedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
