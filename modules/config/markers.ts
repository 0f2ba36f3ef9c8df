/**
 * Placeholders are substituted in the file text before YAML parsing (as LZA does), so line
 * numbers survive. Those that cannot be resolved at synth time are left behind as markers: a
 * marker in a field the project reads is an error, except where an SSM lookup can be planned.
 * The brackets are characters no LZA file uses, and they are safe in plain and quoted YAML scalars.
 */
import type { TagValuePart } from './model';

const OPEN = '\u27E6';
const CLOSE = '\u27E7';
const MARKER = new RegExp(`${OPEN}(unresolved|ssm):([^${CLOSE}:]*):([^${CLOSE}]*)${CLOSE}`, 'g');

export interface Marker {
  readonly kind: 'unresolved' | 'ssm';
  /** The placeholder as the user wrote it, for messages: `{{ssmparam}}`. */
  readonly placeholder: string;
  /** For `ssm`: the parameter path. */
  readonly ssmParameter?: string;
}

/** encodeURIComponent leaves `'` alone, which would end a single-quoted YAML scalar. */
const encode = (text: string): string => encodeURIComponent(text).replace(/'/g, '%27');

export function unresolvedMarker(placeholder: string): string {
  return `${OPEN}unresolved::${encode(placeholder)}${CLOSE}`;
}

export function ssmMarker(parameterPath: string, placeholder: string): string {
  return `${OPEN}ssm:${encode(parameterPath)}:${encode(placeholder)}${CLOSE}`;
}

export function findMarkers(text: string): Marker[] {
  return [...text.matchAll(MARKER)].map((m) => ({
    kind: m[1] as Marker['kind'],
    placeholder: decodeURIComponent(m[3]),
    ...(m[1] === 'ssm' ? { ssmParameter: decodeURIComponent(m[2]) } : {}),
  }));
}

/** The text as the user wrote it: every marker back to its placeholder, for messages. */
export function restorePlaceholders(text: string): string {
  return text.replace(MARKER, (_whole, _kind: string, _path: string, placeholder: string) => decodeURIComponent(placeholder));
}

/** Splits text into literal parts and SSM lookups; call only on text free of unresolved markers. */
export function splitSsmTemplate(text: string): TagValuePart[] {
  const parts: TagValuePart[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ ssmParameter: decodeURIComponent(m[2]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
