/**
 * Editing one workload account changes only that account's stack files, so a CI that plans only
 * changed stacks (or Terraform Cloud, one workspace per stack) plans only that account.
 */
import * as fs from 'fs';
import { changedFiles, copyExampleConfig, editConfig, readTree, synthInProcess, tempDir } from './synth-output';

/** AppProd in configs/accounts-config.yaml. */
const APP_PROD_ID = '100000000006';
const APP_PROD_STACK_FILES = [
  `stacks/keys-${APP_PROD_ID}-eu-central-1/cdk.tf.json`,
  `stacks/keys-${APP_PROD_ID}-eu-west-1/cdk.tf.json`,
];

describe('editing one workload account', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** Synthesizes the configuration, applies `edit`, synthesizes again; returns the changed files. */
  function changedBy(prepare: (config: string) => void, edit: (config: string) => void): string[] {
    const config = copyExampleConfig();
    const before = tempDir('out');
    const after = tempDir('out');
    made.push(config, before, after);
    prepare(config);
    synthInProcess(config, before);
    edit(config);
    synthInProcess(config, after);
    return changedFiles(readTree(before), readTree(after));
  }

  it('moving it to another organizational unit changes only its stacks', () => {
    // GIVEN backup vaults in the Security and Infrastructure OUs only, and AppProd in Workloads/Prod
    const prepare = (config: string) =>
      editConfig(config, 'global-config.yaml',
        '    - name: BackupVault\n      deploymentTargets:\n        organizationalUnits:\n          - Root\n',
        '    - name: BackupVault\n      deploymentTargets:\n        organizationalUnits:\n          - Security\n          - Infrastructure\n');
    // WHEN AppProd moves to Infrastructure (and so gains a vault and its backup key)
    const edit = (config: string) =>
      editConfig(config, 'accounts-config.yaml', 'organizationalUnit: Workloads/Prod', 'organizationalUnit: Infrastructure');

    // THEN only AppProd's stack files change
    expect(changedBy(prepare, edit)).toEqual(APP_PROD_STACK_FILES);
  });

  it('excluding it from a key switch changes only its stacks', () => {
    // GIVEN Lambda keys switched on for the whole organization
    const prepare = (config: string) =>
      editConfig(config, 'global-config.yaml', 'tags:\n',
        'lambda:\n  encryption:\n    useCMK: true\n    deploymentTargets:\n      organizationalUnits:\n        - Root\ntags:\n');
    // WHEN AppProd is excluded from the switch's targets (so it holds the opposite: no lambda key)
    const edit = (config: string) =>
      editConfig(config, 'global-config.yaml', '        - Root\ntags:\n', '        - Root\n      excludedAccounts:\n        - AppProd\ntags:\n');

    // THEN only AppProd's stack files change
    expect(changedBy(prepare, edit)).toEqual(APP_PROD_STACK_FILES);
  });

  it('adding a workload account adds only its stacks and their manifest entries', () => {
    // GIVEN the example organization
    // WHEN a workload account is added
    const edit = (config: string) => {
      editConfig(config, 'accounts-config.yaml', 'accountIds:\n',
        '  - name: AppDev\n    email: aws-app-dev@example.com\n    organizationalUnit: Workloads\naccountIds:\n');
      fs.appendFileSync(`${config}/accounts-config.yaml`, "  - email: aws-app-dev@example.com\n    accountId: '100000000007'\n");
    };

    // THEN its two stacks appear, the manifest lists them, and no other stack changes
    expect(changedBy(() => undefined, edit)).toEqual([
      'manifest.json',
      'stacks/keys-100000000007-eu-central-1/cdk.tf.json',
      'stacks/keys-100000000007-eu-west-1/cdk.tf.json',
    ]);
  });
});
