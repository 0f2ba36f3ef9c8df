/**
 * terraform-config.yaml `retention`: keys forgotten or adopted on purpose (docs/retention.md).
 * Whether a named stack and key exist is checked against the key plan, not here.
 */
import { z } from 'zod';

const STACK_NAME_EXPECTED = 'a stack name: keys-<12-digit account id>-<Region>, as in the key ledger';
const KEY_PURPOSE_EXPECTED = "a key purpose as in aws_kms_key.<purpose>: lowercase letters, digits and '_'";
const KEY_ID_EXPECTED = 'a KMS key id: a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab';
const REASON_EXPECTED = 'a reason, kept with the configuration: why this key is let go';

const keyRef = {
  stack: z.string({ error: STACK_NAME_EXPECTED }).regex(/^keys-\d{12}-[a-z]{2}(-[a-z]+)+-\d$/, { error: STACK_NAME_EXPECTED }),
  key: z.string({ error: KEY_PURPOSE_EXPECTED }).regex(/^[a-z][a-z0-9_]*$/, { error: KEY_PURPOSE_EXPECTED }),
};

export const retentionSchema = z.strictObject({
  /** Keys the configuration produces that Terraform forgets anyway (a key tainted by a failed apply). */
  forget: z
    .array(z.strictObject({ ...keyRef, reason: z.string({ error: REASON_EXPECTED }).min(1, { error: REASON_EXPECTED }) }))
    .default([]),
  /** Keys that exist in AWS already: imported instead of created. */
  adopt: z
    .array(
      z.strictObject({
        ...keyRef,
        keyId: z
          .string({ error: KEY_ID_EXPECTED })
          .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: KEY_ID_EXPECTED }),
        importAlias: z.boolean({ error: 'true or false' }).default(false),
      }),
    )
    .default([]),
});
