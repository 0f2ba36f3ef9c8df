/**
 * LZK8: `lifecycle { prevent_destroy = true }` on every key, so no plan destroys a key that may
 * hold data. The retention checks guard this too; as a rule it also shows in the rule report.
 */
import { fromFindings, type PolicyRule } from './policy-rule';

export const LZK8_PREVENT_DESTROY: PolicyRule = {
  id: 'LZK8',
  name: 'prevent_destroy',
  severity: 'error',
  explanation: 'Every key has lifecycle { prevent_destroy = true }; a key that leaves the configuration is forgotten with a removed block, never destroyed.',
  check: ({ attributes }) => {
    const lifecycle = attributes.lifecycle as { prevent_destroy?: unknown } | undefined;
    return fromFindings(
      lifecycle?.prevent_destroy === true
        ? []
        : [`lifecycle.prevent_destroy is ${JSON.stringify(lifecycle?.prevent_destroy) ?? 'unset'}, not true`],
    );
  },
};
