/**
 * Renders a stack plan's retention blocks. cdktf 0.21 has no API for `removed` blocks, so they
 * are a stack override, set in one call with the whole list (a second call would replace the
 * first). Imports are rendered the same way rather than with `importFrom`, which makes synth run
 * `terraform version` once per resource and fail where Terraform is not installed.
 */
import type { TerraformStack } from 'cdktf';
import type { StackPlan } from '../plan/types';
import { KMS_ALIAS_RESOURCE_TYPE, keyAddress } from '../plan/addresses';

export interface RemovedBlock {
  readonly from: string;
  readonly lifecycle: { readonly destroy: false };
}

export interface ImportBlock {
  readonly to: string;
  readonly id: string;
}

export function removedBlocks(plan: StackPlan): RemovedBlock[] {
  return (plan.removed ?? []).map((address) => ({ from: address, lifecycle: { destroy: false } }));
}

export function importBlocks(plan: StackPlan): ImportBlock[] {
  return plan.keys.flatMap((key) =>
    key.adopt === undefined
      ? []
      : [
          { to: keyAddress(key.purpose), id: key.adopt.keyId },
          ...(key.adopt.importAlias ? [{ to: `${KMS_ALIAS_RESOURCE_TYPE}.${key.purpose}`, id: key.alias }] : []),
        ],
  );
}

export function renderRetention(stack: TerraformStack, plan: StackPlan): void {
  const removed = removedBlocks(plan);
  if (removed.length > 0) stack.addOverride('removed', removed);
  const imports = importBlocks(plan);
  if (imports.length > 0) stack.addOverride('import', imports);
}
