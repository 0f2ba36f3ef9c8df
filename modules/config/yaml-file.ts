/** A parsed YAML file that remembers where each value came from, for messages with line numbers. */
import { Document, LineCounter, isNode, parseDocument } from 'yaml';
import type { ConfigIssue } from './errors';

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** Line of the deepest node on `path` that exists, so a missing field points at its parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlParseResult =
  | { readonly ok: true; readonly yaml: YamlFile }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

export function parseYamlFile(file: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file,
        field: '(YAML syntax)',
        line: error.linePos?.[0]?.line,
        expected: `valid YAML (${firstLine(error.message)})`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10_000 });
  } catch (error) {
    return {
      ok: false,
      issues: [{ file, field: '(YAML syntax)', expected: `valid YAML (${firstLine(String((error as Error).message))})` }],
    };
  }
  return { ok: true, yaml: { file, data: data ?? {}, lineOf: (path) => lineOf(doc, lineCounter, path) } };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // A missing top-level field has no line worth naming; a missing nested one points at its parent.
  for (let depth = path.length; depth >= (path.length === 0 ? 0 : 1); depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
