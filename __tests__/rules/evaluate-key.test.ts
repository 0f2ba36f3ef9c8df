/** The words of a finding, and how a suppression turns it into an info. */
import type { PolicyRuleSuppression } from '../../modules/config';
import { POLICY_RULES, POLICY_RULE_IDS, evaluateKey, suppresses } from '../../modules/rules';
import { plannedKey, rendered, renderedAttributes } from './rule-fixtures';

const suppression = (overrides: Partial<PolicyRuleSuppression>): PolicyRuleSuppression => ({
  rule: 'LZK6',
  stacks: [],
  keys: [],
  reason: 'Rotation is handled by the HSM team (ticket SEC-42).',
  ...overrides,
});

describe('evaluateKey', () => {
  const key = plannedKey('lambda');
  const noRotation = rendered(key, { ...renderedAttributes(key.plan), enable_key_rotation: false });

  it('the registry holds exactly the rule ids the configuration accepts, in order', () => {
    expect(POLICY_RULES.map((rule) => rule.id)).toEqual([...POLICY_RULE_IDS]);
  });

  it('words an error with stack, key address, rule id and name, finding, explanation and the way out', () => {
    expect(evaluateKey(noRotation)).toEqual([
      {
        level: 'error',
        rule: 'LZK6',
        message:
          'keys-100000000001-eu-west-1 aws_kms_key.lambda: LZK6 (rotation enabled): enable_key_rotation is false, not true. ' +
          'Every key has enable_key_rotation = true (modules/keys/key-invariants.ts), so key material is renewed yearly. ' +
          'If this deviation is intended, accept it in terraform-config.yaml policyRuleSuppressions with a reason (docs/policies.md).',
      },
    ]);
  });

  it('reports a suppressed finding as an info carrying the reason', () => {
    expect(evaluateKey(noRotation, [suppression({ keys: ['lambda'] })])).toEqual([
      {
        level: 'info',
        rule: 'LZK6',
        message:
          'keys-100000000001-eu-west-1 aws_kms_key.lambda: LZK6 (rotation enabled) suppressed: enable_key_rotation is false, not true. ' +
          'Reason given: Rotation is handled by the HSM team (ticket SEC-42).',
      },
    ]);
  });
});

describe('suppresses', () => {
  const key = rendered(plannedKey('lambda'));

  it.each([
    ['every stack and key', {}],
    ['the stack by pattern', { stacks: ['keys-1000000000*-eu-*'] }],
    ['the key by purpose', { keys: ['lambda'] }],
    ['the key by address', { keys: ['aws_kms_key.lambda'] }],
    ['stack and key together', { stacks: ['keys-100000000001-eu-west-1'], keys: ['lam*'] }],
  ])('matches %s', (_name, overrides) => {
    expect(suppresses(suppression(overrides), 'LZK6', key)).toBe(true);
  });

  it.each([
    ['another rule', { rule: 'LZK7' }],
    ['another stack', { stacks: ['keys-100000000002-*'] }],
    ['another key', { keys: ['s3'] }],
    ['the right stack but another key', { stacks: ['keys-*'], keys: ['aws_kms_key.s3'] }],
  ])('does not match %s', (_name, overrides) => {
    expect(suppresses(suppression(overrides), 'LZK6', key)).toBe(false);
  });
});
