/** A model grown to `count` accounts, with workload accounts 200000000000, 200000000001, ... */
import type { OrgModel } from '../../modules/config';

export function withAccounts(model: OrgModel, count: number): OrgModel {
  const workloads = Array.from({ length: Math.max(0, count - model.accounts.length) }, (_, i) => ({
    name: `Workload${i}`,
    email: `w${i}@example.com`,
    id: String(200000000000 + i),
    type: 'workload' as const,
    organizationalUnit: 'Workloads',
  }));
  return { ...model, accounts: [...model.accounts, ...workloads] };
}
