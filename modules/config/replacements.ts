/**
 * LZA's replacements: `{{Name}}` placeholders defined in replacements-config.yaml, the built-in
 * `{{account Name}}` and the CloudFormation-style `{{resolve:ssm:/path}}`. LZA renders them into
 * the file text before parsing; so does this, one line in, one line out.
 */
import { ssmMarker, unresolvedMarker } from './markers';

export type Replacement =
  | { readonly type: 'String'; readonly value: string }
  | { readonly type: 'StringList'; readonly value: readonly string[] }
  | { readonly type: 'SSM'; readonly path: string };

export interface ReplacementContext {
  readonly replacements: ReadonlyMap<string, Replacement>;
  /** Account name → id, for `{{account Name}}`; empty while accounts-config.yaml itself is read. */
  readonly accountIds: ReadonlyMap<string, string>;
}

/** A flow sequence holding only a list placeholder, `[{{List}}]`, or a single placeholder. */
const PLACEHOLDER = /\[\s*\{\{\s*([^{}\n]*?)\s*\}\}\s*\]|\{\{\s*([^{}\n]*?)\s*\}\}/g;
const ACCOUNT = /^account\s+(.+)$/;
const RESOLVE_SSM = /^resolve:ssm:(.+)$/;

export function applyReplacements(text: string, context: ReplacementContext): string {
  return text.replace(PLACEHOLDER, (whole, listName: string | undefined, name: string | undefined) => {
    if (listName !== undefined) {
      const replacement = context.replacements.get(listName);
      if (replacement?.type === 'StringList') return `[${replacement.value.map((v) => JSON.stringify(v)).join(', ')}]`;
      return `[${resolveOne(listName, `{{${listName}}}`, context)}]`;
    }
    return resolveOne(name as string, whole.trim(), context);
  });
}

function resolveOne(name: string, written: string, context: ReplacementContext): string {
  const ssm = RESOLVE_SSM.exec(name);
  if (ssm) return ssmMarker(ssm[1], written);
  const account = ACCOUNT.exec(name);
  if (account) return context.accountIds.get(account[1].trim()) ?? unresolvedMarker(written);
  const replacement = context.replacements.get(name);
  if (replacement === undefined) return unresolvedMarker(written);
  switch (replacement.type) {
    case 'String':
      return replacement.value;
    case 'StringList':
      // Outside a flow sequence, LZA's template engine renders a list comma-joined.
      return replacement.value.join(',');
    case 'SSM':
      return ssmMarker(replacement.path, written);
  }
}
