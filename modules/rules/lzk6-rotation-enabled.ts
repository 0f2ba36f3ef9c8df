/** LZK6: automatic rotation is on, as the catalog requires for every key. */
import { KEY_ROTATION_ENABLED } from '../keys/key-invariants';
import { fromFindings, type PolicyRule } from './policy-rule';

export const LZK6_ROTATION_ENABLED: PolicyRule = {
  id: 'LZK6',
  name: 'rotation enabled',
  severity: 'error',
  explanation: `Every key has enable_key_rotation = ${KEY_ROTATION_ENABLED} (modules/keys/key-invariants.ts), so key material is renewed yearly.`,
  check: ({ attributes }) =>
    fromFindings(
      attributes.enable_key_rotation === KEY_ROTATION_ENABLED
        ? []
        : [`enable_key_rotation is ${JSON.stringify(attributes.enable_key_rotation) ?? 'unset'}, not ${KEY_ROTATION_ENABLED}`],
    ),
};
