/**
 * terraform-config.yaml: the project's own settings. Strict: an unknown key is a typo, and a
 * typo here must not silently fall back to a default.
 */
import { z } from 'zod';
import { retentionSchema } from './retention-schema';

export const ORGANIZATION_ID_EXPECTED = "an organization id: 'o-' followed by 10 to 32 lowercase letters or digits";
export const PREFIX_EXPECTED =
  "at most 15 letters, digits or '-', not starting with 'aws' or 'ssm' (LZA's AcceleratorPrefix rule)";
export const ROLE_NAME_EXPECTED = "an IAM role name: 1 to 64 letters, digits or '+=,.@_-'";
export const DEFAULT_PREFIX = 'AWSAccelerator';

const roleName = z.string({ error: ROLE_NAME_EXPECTED }).regex(/^[\w+=,.@-]{1,64}$/, { error: ROLE_NAME_EXPECTED });

export const backendSchema = z.discriminatedUnion(
  'type',
  [z.strictObject({ type: z.literal('local') })],
  { error: "a backend with type 'local'" },
);

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
  managementAccountRoleName: roleName.optional(),
  backend: backendSchema.default({ type: 'local' }),
  retention: retentionSchema.default({ forget: [], adopt: [] }),
});

export type TerraformConfig = z.infer<typeof terraformConfigSchema>;
