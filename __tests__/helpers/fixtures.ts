/** Configuration folders for tests: the example, the vendored LZA sets, and edited temp copies. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const EXAMPLE_CONFIG = path.join(REPO_ROOT, 'configs');
export const LZA_CONFIGS = path.join(REPO_ROOT, '__tests__/fixtures/lza-configs');
export const ALL_ENABLED = path.join(LZA_CONFIGS, 'all-enabled');
export const REPLACEMENTS = path.join(LZA_CONFIGS, 'replacements');

/** The example's own settings, for tests that change only part of terraform-config.yaml. */
export const EXAMPLE_SETTINGS = 'organizationId: o-exampleorg1\n';

/** LZA's sets carry no terraform-config.yaml: this is the one their organization ids imply. */
export const LZA_TERRAFORM_CONFIG = 'organizationId: o-asdf123456\n';

const tempDirs: string[] = [];

/** A fresh temp folder, removed after the test file (see __tests__/setup.ts). */
export function tempDir(prefix = 'lz-keys-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface CopyOptions {
  /** Content of terraform-config.yaml; the source's own when omitted. */
  readonly terraformConfig?: string;
  /** Text edits per file: each [search, replace] must match, so a stale edit fails the test. */
  readonly edits?: Readonly<Record<string, ReadonlyArray<readonly [string | RegExp, string]>>>;
  /** Files to delete from the copy. */
  readonly remove?: readonly string[];
}

/** Copies a configuration folder to a writable temp folder and applies edits. */
export function copyConfig(source: string, options: CopyOptions = {}): string {
  const dir = tempDir('lz-keys-config-');
  for (const file of fs.readdirSync(source)) {
    if (!file.endsWith('.yaml') && !file.endsWith('.json')) continue;
    fs.writeFileSync(path.join(dir, file), fs.readFileSync(path.join(source, file)));
  }
  if (options.terraformConfig !== undefined) fs.writeFileSync(path.join(dir, 'terraform-config.yaml'), options.terraformConfig);
  for (const [file, edits] of Object.entries(options.edits ?? {})) {
    const target = path.join(dir, file);
    let text = fs.readFileSync(target, 'utf8');
    for (const [search, replace] of edits) {
      const next = text.replace(search, replace);
      if (next === text) throw new Error(`Test edit of ${file} did not match: ${String(search)}`);
      text = next;
    }
    fs.writeFileSync(target, text);
  }
  for (const file of options.remove ?? []) fs.rmSync(path.join(dir, file));
  return dir;
}

export function lzaConfig(set: 'all-enabled' | 'replacements', options: CopyOptions = {}): string {
  return copyConfig(path.join(LZA_CONFIGS, set), { terraformConfig: LZA_TERRAFORM_CONFIG, ...options });
}
