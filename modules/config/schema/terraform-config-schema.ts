/**
 * terraform-config.yaml: the project's own settings. Strict: an unknown key is a typo, and a
 * typo here must not silently fall back to a default.
 */
import { z } from 'zod';
import { backendSchema } from './backend-schema';
import { iamRoleName } from './fields';

export { ROLE_NAME_EXPECTED } from './fields';
import { policyRuleSuppressionsSchema } from './policy-rule-suppressions-schema';
import { retentionSchema } from './retention-schema';

export const ORGANIZATION_ID_EXPECTED = "an organization id: 'o-' followed by 10 to 32 lowercase letters or digits";
export const PREFIX_EXPECTED =
  "at most 15 letters, digits or '-', not starting with 'aws' or 'ssm' (LZA's AcceleratorPrefix rule)";
export const DEFAULT_PREFIX = 'AWSAccelerator';

export const terraformConfigSchema = z.strictObject({
  organizationId: z
    .string({ error: ORGANIZATION_ID_EXPECTED })
    .regex(/^o-[a-z0-9]{10,32}$/, { error: ORGANIZATION_ID_EXPECTED })
    .optional(),
  prefix: z
    .string({ error: PREFIX_EXPECTED })
    .regex(/^(?!aws|ssm)[A-Za-z0-9-]{1,15}$/, { error: PREFIX_EXPECTED })
    .default(DEFAULT_PREFIX),
  partition: z.enum(['aws', 'aws-us-gov', 'aws-cn'], { error: 'one of aws, aws-us-gov, aws-cn' }).default('aws'),
  /** When set, the Management account's stacks assume this role instead of using the deploying identity. */
  managementAccountRoleName: iamRoleName.optional(),
  /** Where each stack keeps its state; see backend-schema.ts. */
  backend: backendSchema.default({ type: 'local' }),
  /** Accepted policy rule findings, each with its reason; see docs/policies.md. */
  policyRuleSuppressions: policyRuleSuppressionsSchema,
  retention: retentionSchema.default({ forget: [], adopt: [] }),
});

export type TerraformConfig = z.infer<typeof terraformConfigSchema>;
