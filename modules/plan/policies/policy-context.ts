/** What a key policy may depend on: the stack's account and Region and organization-wide facts. */
import type { Partition, SecurityServices } from '../../config/model';

/** How "in this organization" is expressed: the organization id, or LZA's account list without one. */
export type OrganizationScope =
  | { readonly kind: 'organization'; readonly organizationId: string }
  | { readonly kind: 'accounts'; readonly accountIds: readonly string[] };

export interface PolicyContext {
  readonly partition: Partition;
  readonly accountId: string;
  readonly region: string;
  readonly prefix: string;
  readonly organization: OrganizationScope;
  readonly auditAccountId: string;
  readonly controlTowerEnabled: boolean;
  readonly securityServices: SecurityServices;
  /** Enabled Regions that are opt-in Regions: their services have Regional principals. */
  readonly enabledOptInRegions: readonly string[];
}
