/**
 * Field schemas shared by every file. Each states what it expects in words a user can act on;
 * the same words appear in the error message.
 */
import { z } from 'zod';
import { findMarkers } from '../markers';

function rejectMarkers(value: string, ctx: z.RefinementCtx, allowSsm: boolean): void {
  for (const marker of findMarkers(value)) {
    if (marker.kind === 'unresolved') {
      ctx.addIssue({
        code: 'custom',
        message: `a value, or a placeholder that replacements-config.yaml defines (it does not define ${marker.placeholder})`,
      });
    } else if (!allowSsm) {
      ctx.addIssue({
        code: 'custom',
        message: `a value known at synth time (${marker.placeholder} is an SSM parameter, read only at deploy time; SSM lookups are accepted in tag values only)`,
      });
    }
  }
}

/** A string the project reads: every placeholder in it must be resolved. */
export const text = (expected = 'a text value') =>
  z.string({ error: expected }).superRefine((value, ctx) => rejectMarkers(value, ctx, false));

/** A string that may carry SSM lookups, planned as `aws_ssm_parameter` data sources. */
export const lookupText = (expected = 'a text value') =>
  z.string({ error: expected }).superRefine((value, ctx) => rejectMarkers(value, ctx, true));

export const flag = (expected = 'true or false') => z.boolean({ error: expected });

/** LZA writes empty lists as nothing at all (`excludeRegions:`): both mean empty. */
export const list = <T extends z.ZodTypeAny>(item: T, expected = 'a list') =>
  z
    .array(item, { error: expected })
    .nullish()
    .transform((value) => value ?? []);

export const deploymentTargets = z.object(
  {
    accounts: list(text('an account name'), 'a list of account names'),
    organizationalUnits: list(text('an organizational unit path'), 'a list of organizational unit paths'),
    excludedAccounts: list(text('an account name'), 'a list of account names'),
    excludedRegions: list(text('a Region name'), 'a list of Region names'),
  },
  { error: 'a deploymentTargets mapping (accounts, organizationalUnits, excludedAccounts, excludedRegions)' },
);

export const ACCOUNT_ID_EXPECTED = "a 12-digit account id in quotes, such as '012345678901' (unquoted, YAML reads it as a number and drops leading zeros)";
export const accountId = z.string({ error: ACCOUNT_ID_EXPECTED }).regex(/^\d{12}$/, { error: ACCOUNT_ID_EXPECTED });

export const ROLE_NAME_EXPECTED = "an IAM role name: 1 to 64 letters, digits or '+=,.@_-'";
export const iamRoleName = z.string({ error: ROLE_NAME_EXPECTED }).regex(/^[\w+=,.@-]{1,64}$/, { error: ROLE_NAME_EXPECTED });
