/**
 * cdktf records the full call stack of every token it creates (each `key.arn`, each nested
 * block of a provider resource), only to print it if that token ever fails to resolve. At 4,000
 * stacks that is 80,000 formatted stack traces: a sixth of synth time and a third of its memory.
 * While the stacks are rendered, stack traces of anything that is not an Error (cdktf captures
 * into plain objects) are formatted as empty, which cdktf stores as an empty creation stack.
 * Errors keep their stack traces. `LZ_KEYS_TOKEN_STACK_TRACES=1` keeps cdktf's, for debugging a
 * token that does not resolve.
 */
export const TOKEN_STACK_TRACES_ENV = 'LZ_KEYS_TOKEN_STACK_TRACES';

type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

export function withoutTokenStackTraces<T>(render: () => T, env: NodeJS.ProcessEnv = process.env): T {
  if (env[TOKEN_STACK_TRACES_ENV] === '1') return render();
  const previous: PrepareStackTrace | undefined = Error.prepareStackTrace;
  Error.prepareStackTrace = (target, frames) => {
    if (!(target instanceof Error)) return '';
    // Node's own format, which applies when no prepareStackTrace is set.
    return previous ? previous(target, frames) : [String(target), ...frames].join('\n    at ');
  };
  try {
    return render();
  } finally {
    Error.prepareStackTrace = previous;
  }
}
