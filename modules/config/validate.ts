/** Runs a schema over a parsed file and turns every schema issue into a ConfigIssue. */
import type { z } from 'zod';
import { describeValue, formatFieldPath, type ConfigIssue } from './errors';
import type { YamlFile } from './yaml-file';

const ZOD_DEFAULT = /^Invalid input: expected (\w+)/;
const FRIENDLY: Record<string, string> = {
  string: 'a text value',
  boolean: 'true or false',
  number: 'a number',
  array: 'a list',
  object: 'a mapping',
  nonoptional: 'a value',
};

export function validateFile<S extends z.ZodTypeAny>(
  schema: S,
  yaml: YamlFile,
  issues: ConfigIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          file: yaml.file,
          field: formatFieldPath([...path, key]),
          line: yaml.lineOf([...path, key]),
          found: 'a key the file does not define',
          expected: `only the documented keys (check the spelling of "${key}")`,
        });
      }
      continue;
    }
    issues.push({
      file: yaml.file,
      field: formatFieldPath(path),
      line: yaml.lineOf(path),
      found: describeValue(valueAt(yaml.data, path)),
      expected: expectedText(issue),
    });
  }
  return undefined;
}

function expectedText(issue: z.core.$ZodIssue): string {
  const zodDefault = ZOD_DEFAULT.exec(issue.message);
  if (zodDefault) return FRIENDLY[zodDefault[1]] ?? zodDefault[1];
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
