/**
 * terraform-config.yaml `policyRuleSuppressions`: the one way to accept a policy rule finding.
 * Users cannot edit constructs, so a deviation is configuration, and it must say why.
 */
import { z } from 'zod';
import { POLICY_RULE_IDS } from '../../rules/rule-ids';
import { list } from './fields';

export const SUPPRESSION_RULE_EXPECTED = `a policy rule id (${POLICY_RULE_IDS.join(', ')})`;
export const SUPPRESSION_REASON_EXPECTED =
  'a reason saying why the finding is accepted (mandatory: an auditor reads it in the synth output)';
export const SUPPRESSION_PATTERN_EXPECTED = "a name or a pattern with '*', such as keys-1111*-eu-west-1";

const pattern = z.string({ error: SUPPRESSION_PATTERN_EXPECTED }).min(1, { error: SUPPRESSION_PATTERN_EXPECTED });

export const policyRuleSuppressionSchema = z.strictObject(
  {
    rule: z.enum(POLICY_RULE_IDS, { error: SUPPRESSION_RULE_EXPECTED }),
    /** Stack names (`keys-<account>-<region>`); none = every stack. */
    stacks: list(pattern, 'a list of stack names or patterns'),
    /** Key purposes (`s3`) or addresses (`aws_kms_key.s3`); none = every key. */
    keys: list(pattern, 'a list of key purposes or addresses'),
    reason: z.string({ error: SUPPRESSION_REASON_EXPECTED }).trim().min(1, { error: SUPPRESSION_REASON_EXPECTED }),
  },
  { error: 'a suppression mapping (rule, stacks, keys, reason)' },
);

export const policyRuleSuppressionsSchema = list(policyRuleSuppressionSchema, 'a list of suppressions (rule, stacks, keys, reason)');
