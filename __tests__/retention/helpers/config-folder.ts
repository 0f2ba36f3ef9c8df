/**
 * Configuration folders for tests: copies in temp dirs (fixtures are read-only), edited as
 * parsed YAML so each test states its change as data.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';

export const EXAMPLE_CONFIG = path.join(__dirname, '..', '..', '..', 'configs');
export const LZA_FIXTURES = path.join(__dirname, '../../fixtures/lza-configs');

export function emptyFolder(prefix = 'lz-keys-config-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh temp folder holding a copy of `source` (YAML and ledger files, no subfolders). */
export function copyConfig(source: string, prefix = 'lz-keys-config-'): string {
  const dir = emptyFolder(prefix);
  for (const name of fs.readdirSync(source)) {
    const from = path.join(source, name);
    if (fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(dir, name));
  }
  return dir;
}

/** A copy of a real LZA fixture plus the project's own file, as the brief prescribes. */
export function copyLzaFixture(name: string): string {
  const dir = copyConfig(path.join(LZA_FIXTURES, name), `lz-keys-${name}-`);
  fs.writeFileSync(path.join(dir, 'terraform-config.yaml'), 'organizationId: o-asdf123456\n');
  return dir;
}

// YAML documents are untyped; tests reach into them by the field names LZA documents.
export type YamlDoc = any;

export function readYaml(dir: string, file: string): YamlDoc {
  return parse(fs.readFileSync(path.join(dir, file), 'utf8'), { maxAliasCount: 10_000 }) ?? {};
}

export function editYaml(dir: string, file: string, edit: (doc: YamlDoc) => void): void {
  const doc = readYaml(dir, file);
  edit(doc);
  fs.writeFileSync(path.join(dir, file), stringify(doc, { aliasDuplicateObjects: false }));
}

export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
