/**
 * Why backend.ts writes the cloud block itself: synthesizes N empty stacks with cdktf's
 * CloudBackend and with applyBackend's, and prints the time each takes. cdktf's runs
 * `terraform version` once per stack at synth. Usage: npm run bench:cloud-backend [-- <stacks>]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CloudBackend, NamedCloudWorkspace, TerraformStack } from 'cdktf';
import type { CloudBackendSettings } from '../modules/config/model';
import { applyBackend, workspaceName } from '../modules/stacks/backend';

const STACKS = Number(process.argv[2] ?? 100);
const SETTINGS: CloudBackendSettings = {
  type: 'cloud',
  organization: 'acme',
  hostname: 'app.terraform.io',
  workspacePrefix: 'lz-keys-',
  runRoleName: 'LzKeysTerraformRun',
};

function synthMs(addBackend: (stack: TerraformStack, name: string) => void): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-bench-'));
  try {
    const app = new App({ outdir });
    for (let i = 0; i < STACKS; i++) {
      const name = `keys-${String(i).padStart(12, '0')}-eu-west-1`;
      addBackend(new TerraformStack(app, name), name);
    }
    const start = process.hrtime.bigint();
    app.synth();
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

process.env.CHECKPOINT_DISABLE = '1';
synthMs((stack, name) => applyBackend(stack, name, { type: 'local' })); // warm-up, not reported
const local = synthMs((stack, name) => applyBackend(stack, name, { type: 'local' }));
const ours = synthMs((stack, name) => applyBackend(stack, name, SETTINGS));
const cdktf = synthMs((stack, name) => {
  new CloudBackend(stack, { organization: SETTINGS.organization, workspaces: new NamedCloudWorkspace(workspaceName(SETTINGS, name)) });
});
const row = (label: string, ms: number) =>
  `${label.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / STACKS).toFixed(1).padStart(6)} ms/stack`;
console.log(`synth of ${STACKS} stacks with a cloud block`);
console.log(row('applyBackend (local)', local));
console.log(row('applyBackend (cloud)', ours));
console.log(row('cdktf CloudBackend', cdktf));
