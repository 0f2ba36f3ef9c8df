/**
 * Each stack's state lives apart from every other's. Local state sits in the project folder,
 * outside cdktf.out (cdktf deletes stack folders it no longer synthesizes), with a relative path
 * so the JSON holds no absolute path.
 */
import { LocalBackend, type TerraformStack } from 'cdktf';
import type { BackendSettings } from '../config/model';

/** cdktf runs Terraform in cdktf.out/stacks/<stack>/; three levels up is the project folder. */
export function localStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

export function applyBackend(stack: TerraformStack, stackName: string, backend: BackendSettings): void {
  switch (backend.type) {
    case 'local':
      new LocalBackend(stack, { path: localStatePath(stackName) });
      return;
  }
}
