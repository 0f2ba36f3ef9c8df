/**
 * One stack per account×Region: the AWS provider for that account and Region, its own state,
 * and the account-type modules that render its keys. A plan with no keys and only removed keys
 * renders a tombstone: provider, backend and `removed` blocks.
 */
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AllAccountsKeys } from '../accounts/all-accounts';
import { AuditKeys } from '../accounts/audit';
import { LogArchiveKeys } from '../accounts/log-archive';
import { ManagementKeys } from '../accounts/management';
import type { AccountModuleProps } from '../accounts/account-module';
import type { KeyModule, StackPlan } from '../plan/types';
import { renderRetention } from '../retention/render-retention';
import { applyBackend } from './backend';
import { SsmTagLookups } from './ssm-tag-lookups';

/** `removed` blocks need Terraform 1.7; older versions stop with this message instead of a parse error. */
export const REQUIRED_TERRAFORM_VERSION = '>= 1.7.0';

/** Session name shown in CloudTrail for every change this project makes. */
export const ASSUME_ROLE_SESSION_NAME = 'lz-keys';

export class AccountRegionStack extends TerraformStack {
  public readonly plan: StackPlan;

  constructor(scope: Construct, plan: StackPlan) {
    super(scope, plan.name);
    this.plan = plan;
    new AwsProvider(this, 'aws', {
      region: plan.region,
      // A stack applied with the wrong credentials fails instead of writing keys into another account.
      allowedAccountIds: [plan.accountId],
      ...(plan.assumeRoleArn !== undefined
        ? { assumeRole: [{ roleArn: plan.assumeRoleArn, sessionName: ASSUME_ROLE_SESSION_NAME }] }
        : {}),
    });
    this.addOverride('terraform.required_version', REQUIRED_TERRAFORM_VERSION);
    applyBackend(this, plan.name, plan.backend);

    const lookups = new SsmTagLookups(this);
    const props: AccountModuleProps = { keys: plan.keys, renderTags: (key) => lookups.renderTags(key.tags) };
    const has = (module: KeyModule) => plan.keys.some((key) => key.module === module);
    if (has('all-accounts')) new AllAccountsKeys(this, { ...props, consumers: plan.consumers });
    if (has('management')) new ManagementKeys(this, props);
    if (has('log-archive')) new LogArchiveKeys(this, props);
    if (has('audit')) new AuditKeys(this, props);
    // Keys the stack held once are forgotten, never destroyed; adopted keys are imported.
    renderRetention(this, plan);
  }
}
