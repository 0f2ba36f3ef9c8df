/** Principals, written once so every policy names them the same way. */
import { accountRootArn, roleArn } from '../../iam/iam-names';
import type { Principal } from './policy-document';
import type { PolicyContext } from './policy-context';

export const ANY_PRINCIPAL: Principal = { AWS: '*' };

export function accountRoot(ctx: PolicyContext, accountId: string): Principal {
  return { AWS: accountRootArn(ctx.partition, accountId) };
}

/** Global service principals take `<name>.amazonaws.com` in every partition this project supports. */
export function service(...names: readonly string[]): Principal {
  const principals = names.map((name) => `${name}.amazonaws.com`);
  return { Service: principals.length === 1 ? principals[0] : principals };
}

export function regionalService(ctx: PolicyContext, name: string): Principal {
  return { Service: `${name}.${ctx.region}.amazonaws.com` };
}

export function autoScalingServiceRoleArn(ctx: PolicyContext): string {
  return roleArn(ctx.partition, ctx.accountId, 'aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling');
}
