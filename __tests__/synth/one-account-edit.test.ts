/**
 * Editing one workload account changes only that account's stack files, so a CI that plans only
 * changed stacks (or Terraform Cloud, one workspace per stack) plans only that account.
 */
import { EXAMPLE_CONFIG, copyConfig, type CopyOptions } from '../helpers/fixtures';
import { readTree } from '../helpers/run-app';
import { synthConfig } from '../helpers/synth';

/** AppProd in configs/accounts-config.yaml. */
const APP_PROD_STACK_FILES = ['eu-central-1', 'eu-west-1'].map((region) => `stacks/keys-100000000006-${region}/cdk.tf.json`);

/** Vaults only in Security and Infrastructure, so an account's OU decides whether it holds a backup key. */
const VAULTS_IN_TWO_OUS: CopyOptions['edits'] = {
  'global-config.yaml': [['        organizationalUnits:\n          - Root\ntags:', '        organizationalUnits:\n          - Security\n          - Infrastructure\ntags:']],
};

/** Synthesizes `before`, then the same folder with `edits` applied; returns the files that differ. */
function changedBy(before: CopyOptions, edits: CopyOptions['edits']): string[] {
  const config = copyConfig(EXAMPLE_CONFIG, before);
  const first = readTree(synthConfig(config).outdir);
  const edited = copyConfig(config, { edits });
  const second = readTree(synthConfig(edited).outdir);
  const names = new Set([...first.keys(), ...second.keys()]);
  return [...names].filter((name) => !(first.get(name)?.equals(second.get(name) ?? Buffer.alloc(0)) ?? false)).sort();
}

describe('editing one workload account', () => {
  it('moving it to another organizational unit changes only its stacks', () => {
    // GIVEN backup vaults in Security and Infrastructure only, and AppProd in Workloads/Prod
    // WHEN AppProd moves to Infrastructure (and so gains a vault and its backup key)
    const changed = changedBy({ edits: VAULTS_IN_TWO_OUS }, {
      'accounts-config.yaml': [['organizationalUnit: Workloads/Prod', 'organizationalUnit: Infrastructure']],
    });
    // THEN only AppProd's stack files change
    expect(changed).toEqual(APP_PROD_STACK_FILES);
  });

  it('excluding it from a key switch changes only its stacks', () => {
    // GIVEN Lambda keys switched on for the whole organization
    const lambdaForAll = 'lambda:\n  encryption:\n    useCMK: true\n    deploymentTargets:\n      organizationalUnits:\n        - Root\n';
    // WHEN AppProd is excluded from the switch's targets (so it holds the opposite: no lambda key)
    const changed = changedBy({ edits: { 'global-config.yaml': [['tags:\n', `${lambdaForAll}tags:\n`]] } }, {
      'global-config.yaml': [['        - Root\ntags:\n', '        - Root\n      excludedAccounts:\n        - AppProd\ntags:\n']],
    });
    // THEN only AppProd's stack files change
    expect(changed).toEqual(APP_PROD_STACK_FILES);
  });

  it('adding a workload account adds only its stacks and their manifest entries', () => {
    // GIVEN the example organization
    // WHEN a workload account is added
    const changed = changedBy({}, {
      'accounts-config.yaml': [
        ['accountIds:\n', '  - name: AppDev\n    email: aws-app-dev@example.com\n    organizationalUnit: Workloads\naccountIds:\n'],
        [/$/, "  - email: aws-app-dev@example.com\n    accountId: '100000000007'\n"],
      ],
    });
    // THEN its two stacks appear, the manifest lists them, and no other stack changes
    expect(changed).toEqual([
      'manifest.json',
      'stacks/keys-100000000007-eu-central-1/cdk.tf.json',
      'stacks/keys-100000000007-eu-west-1/cdk.tf.json',
    ]);
  });
});
