/**
 * Every `aws_kms_key` must carry `lifecycle.prevent_destroy = true`: Terraform then refuses any
 * plan that would destroy or replace the key. The check reads the resource as it will be
 * synthesized (overrides included), so neither `preventDestroy: false` nor a later
 * `addOverride('lifecycle.prevent_destroy', false)` slips through. It reports; it never fixes.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { CheckingAspect } from '../checks/checking-aspect';
import { KMS_KEY_RESOURCE_TYPE, keyAddress } from '../plan/addresses';

export class RetentionAspect extends CheckingAspect {
  protected check(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || node.terraformResourceType !== KMS_KEY_RESOURCE_TYPE) return;
    if (renderedPreventDestroy(node) === true) return;
    const stack = TerraformStack.of(node).node.id;
    const address = keyAddress(node.friendlyUniqueId);
    this.error(
      node,
      `${stack}: ${address} has no lifecycle.prevent_destroy = true. Every key must have it, or a plan may ` +
        'destroy a key that still encrypts data. Render keys with RetainedKey and never override its lifecycle.',
    );
  }
}

function renderedPreventDestroy(resource: TerraformResource): unknown {
  // A token is not `true`: prevent_destroy must be a literal Terraform can read before any plan.
  const rendered = resource.toTerraform() as {
    resource?: Record<string, Record<string, { lifecycle?: { prevent_destroy?: unknown } }>>;
  };
  return rendered.resource?.[KMS_KEY_RESOURCE_TYPE]?.[resource.friendlyUniqueId]?.lifecycle?.prevent_destroy;
}
