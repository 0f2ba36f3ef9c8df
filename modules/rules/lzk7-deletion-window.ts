/** LZK7: the deletion window is the maximum, the last chance to cancel a mistaken deletion. */
import { KEY_DELETION_WINDOW_DAYS } from '../keys/key-invariants';
import { fromFindings, type PolicyRule } from './policy-rule';

export const LZK7_DELETION_WINDOW: PolicyRule = {
  id: 'LZK7',
  name: `${KEY_DELETION_WINDOW_DAYS}-day deletion window`,
  severity: 'error',
  explanation: `Every key has deletion_window_in_days = ${KEY_DELETION_WINDOW_DAYS} (the maximum), so a scheduled deletion can be cancelled for ${KEY_DELETION_WINDOW_DAYS} days.`,
  check: ({ attributes }) =>
    fromFindings(
      attributes.deletion_window_in_days === KEY_DELETION_WINDOW_DAYS
        ? []
        : [`deletion_window_in_days is ${JSON.stringify(attributes.deletion_window_in_days) ?? 'unset'}, not ${KEY_DELETION_WINDOW_DAYS}`],
    ),
};
