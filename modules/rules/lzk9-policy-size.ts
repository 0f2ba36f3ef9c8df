/**
 * LZK9: the policy fits KMS's key policy size limit. Without an organization, IN_ORG lists every
 * account id, and a large organization outgrows the limit; KMS would reject it at apply time.
 */
import { fromFindings, NOT_APPLICABLE, type PolicyRule } from './policy-rule';

/** KMS quota "Key policy document size": 32 KB. */
export const KMS_KEY_POLICY_MAX_BYTES = 32_768;

export const LZK9_POLICY_SIZE: PolicyRule = {
  id: 'LZK9',
  name: 'policy within the 32 KB limit',
  severity: 'error',
  explanation:
    `A key policy may hold at most ${KMS_KEY_POLICY_MAX_BYTES} bytes. Organization-wide statements without an organization ` +
    'list every account id; enable the organization (aws:PrincipalOrgID) to keep them short.',
  check: ({ policy }) => {
    if (policy.kind !== 'ok' && policy.kind !== 'invalid') return NOT_APPLICABLE;
    const bytes = Buffer.byteLength(policy.text, 'utf8');
    return fromFindings(
      bytes <= KMS_KEY_POLICY_MAX_BYTES ? [] : [`the policy holds ${bytes} bytes, over KMS's limit of ${KMS_KEY_POLICY_MAX_BYTES}`],
    );
  },
};
