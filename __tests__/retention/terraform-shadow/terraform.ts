/**
 * Runs the real Terraform binary in a temp folder with its own empty CLI configuration, local
 * state and no network: only the built-in provider is used. Tests that need it use `tfIt`,
 * which reports them as skipped, with the reason printed, where Terraform is missing.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const TERRAFORM = 'terraform';
const STATE_FILE = 'terraform.tfstate';

function terraformVersion(): string | undefined {
  const result = spawnSync(TERRAFORM, ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (result.status !== 0) return undefined;
  return (JSON.parse(result.stdout) as { terraform_version: string }).terraform_version;
}

export const TERRAFORM_VERSION = terraformVersion();
export const HAS_TERRAFORM = TERRAFORM_VERSION !== undefined;

/** `it` where Terraform runs; elsewhere `it.skip`, after saying why. */
export const tfIt: jest.It = HAS_TERRAFORM ? it : it.skip;
if (!HAS_TERRAFORM) {
  // Written straight to stderr: jest drops console output of a file whose tests are all skipped.
  process.stderr.write('terraform is not on the PATH: the Terraform lifecycle tests of lz-keys are SKIPPED, not passed.\n');
}

export class TerraformError extends Error {
  constructor(command: string, public readonly output: string) {
    super(`terraform ${command} failed:\n${output}`);
    this.name = 'TerraformError';
  }
}

/** One Terraform working folder with one local state. */
export class TerraformWorkspace {
  public readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;
  private initialized = false;

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-keys-tf-'));
    const cliConfig = path.join(this.dir, 'empty.tfrc');
    fs.writeFileSync(cliConfig, '');
    this.env = {
      PATH: process.env.PATH,
      HOME: this.dir,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      TF_INPUT: '0',
    };
  }

  /** Writes the configuration; the next plan or apply uses it. */
  public write(config: unknown): void {
    fs.writeFileSync(path.join(this.dir, 'main.tf.json'), JSON.stringify(config, null, 1));
    if (!this.initialized) {
      this.run(['init', '-input=false', '-no-color']);
      this.initialized = true;
    }
  }

  /** Plans the written configuration into `plan.out`; returns `terraform show -json` of it. */
  public plan(): PlanJson {
    this.run(['plan', '-input=false', '-no-color', '-lock=false', '-out=plan.out']);
    return JSON.parse(this.run(['show', '-json', 'plan.out'])) as PlanJson;
  }

  /** Applies the last plan exactly as planned. */
  public applyPlan(): void {
    this.run(['apply', '-input=false', '-no-color', '-lock=false', 'plan.out']);
  }

  /** Starts from a copy of another workspace's state, as if its applies had happened here. */
  public seedState(from: TerraformWorkspace): void {
    fs.copyFileSync(path.join(from.dir, STATE_FILE), path.join(this.dir, STATE_FILE));
  }

  public taint(address: string): void {
    this.run(['taint', '-no-color', '-lock=false', address]);
  }

  /** Managed resources in state: address → id. */
  public stateIds(): Map<string, string> {
    const state = path.join(this.dir, STATE_FILE);
    if (!fs.existsSync(state)) return new Map();
    const json = JSON.parse(fs.readFileSync(state, 'utf8')) as {
      resources?: Array<{ mode: string; type: string; name: string; instances: Array<{ attributes: { id: string } }> }>;
    };
    return new Map(
      (json.resources ?? []).filter((r) => r.mode === 'managed').map((r) => [`${r.type}.${r.name}`, r.instances[0]?.attributes.id]),
    );
  }

  public dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private run(args: string[]): string {
    try {
      return execFileSync(TERRAFORM, args, { cwd: this.dir, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new TerraformError(args[0], `${failed.stderr ?? ''}${failed.stdout ?? ''}`);
    }
  }
}

export interface PlanJson {
  readonly resource_changes?: ReadonlyArray<{
    readonly address: string;
    readonly change: { readonly actions: readonly string[]; readonly importing?: unknown };
  }>;
}
