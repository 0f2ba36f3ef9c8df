/**
 * Edits configuration copies (made with ../../helpers/fixtures) as parsed YAML, so each test
 * states its change as data.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';

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
