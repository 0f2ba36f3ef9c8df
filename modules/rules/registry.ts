/** Every policy rule, in id order; the checking Aspect applies them all to every key. */
import { LZK1_ROOT_STATEMENT_FIRST } from './lzk1-root-statement-first';
import { LZK2_WILDCARD_PRINCIPAL_SCOPED } from './lzk2-wildcard-principal-scoped';
import { LZK3_FULL_ACCESS_ROOT_ONLY } from './lzk3-full-access-root-only';
import { LZK4_PRINCIPALS_IN_ORGANIZATION } from './lzk4-principals-in-organization';
import { LZK5_SERVICE_CONFUSED_DEPUTY } from './lzk5-service-confused-deputy';
import { LZK6_ROTATION_ENABLED } from './lzk6-rotation-enabled';
import { LZK7_DELETION_WINDOW } from './lzk7-deletion-window';
import { LZK8_PREVENT_DESTROY } from './lzk8-prevent-destroy';
import { LZK9_POLICY_SIZE } from './lzk9-policy-size';
import type { PolicyRule } from './policy-rule';

export const POLICY_RULES: readonly PolicyRule[] = [
  LZK1_ROOT_STATEMENT_FIRST,
  LZK2_WILDCARD_PRINCIPAL_SCOPED,
  LZK3_FULL_ACCESS_ROOT_ONLY,
  LZK4_PRINCIPALS_IN_ORGANIZATION,
  LZK5_SERVICE_CONFUSED_DEPUTY,
  LZK6_ROTATION_ENABLED,
  LZK7_DELETION_WINDOW,
  LZK8_PREVENT_DESTROY,
  LZK9_POLICY_SIZE,
];
