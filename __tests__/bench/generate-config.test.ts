import { loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { tempDir } from '../helpers/fixtures';
import { BENCH_REGIONS, syntheticAccountId, writeSyntheticOrg } from '../../scripts/bench/generate-config';

describe('the benchmark organization', () => {
  it('is a valid LZA configuration with a stack per account and Region', () => {
    // GIVEN a generated organization of 12 workload accounts in four Regions
    const dir = tempDir('lz-keys-bench-config-');
    writeSyntheticOrg(dir, { workloadAccounts: 12, regions: BENCH_REGIONS });

    // WHEN it is loaded and planned
    const model = loadOrgModel(dir);
    const plans = planStacks(model);

    // THEN it has the three mandatory accounts and the twelve workload accounts, each in every Region
    expect(model.accounts.map((a) => a.type).filter((t) => t === 'workload')).toHaveLength(12);
    expect(model.enabledRegions).toEqual(BENCH_REGIONS);
    expect(plans).toHaveLength(15 * BENCH_REGIONS.length);
    // AND workload accounts differ by OU: vaults (and backup keys) only in Workloads and Infrastructure
    const hasBackup = (n: number) => plans.find((p) => p.accountId === syntheticAccountId(n))?.keys.some((k) => k.purpose === 'backup');
    expect([4, 5, 6, 7, 8].map(hasBackup)).toEqual([true, true, true, true, false]);
  });
});
