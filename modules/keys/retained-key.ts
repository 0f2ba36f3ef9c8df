/**
 * A key with its invariants built in: rotation, 30-day window, prevent_destroy, literal JSON
 * policy; plus its alias, its published ARN parameter and a stack output. Addresses are the
 * purpose (`aws_kms_key.cloudwatch`), never a generated hash, so state survives refactoring.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SsmParameter } from '@cdktf/provider-aws/lib/ssm-parameter';
import type { KeyPlan } from '../plan/types';
import {
  KEY_DELETION_WINDOW_DAYS,
  KEY_MULTI_REGION,
  KEY_ROTATION_ENABLED,
  KEY_SPEC,
  KEY_USAGE,
} from './key-invariants';
import { terraformLiteral } from './terraform-literal';

export interface RetainedKeyProps {
  readonly plan: KeyPlan;
  /** Rendered tags: literal text, or tokens of the stack's SSM lookups. */
  readonly tags: Readonly<Record<string, string>>;
}

export class RetainedKey extends Construct {
  public readonly key: KmsKey;
  public readonly alias: KmsAlias;
  public readonly parameter: SsmParameter;
  /**
   * The key's ARN, for everything in the stack that points at the key. Read once: each read of
   * `key.arn` makes a new cdktf token, and each token records a full stack trace.
   */
  public readonly arn: string;

  constructor(scope: Construct, props: RetainedKeyProps) {
    const { plan, tags } = props;
    super(scope, plan.purpose);
    this.key = new KmsKey(this, 'key', {
      description: plan.description,
      keyUsage: KEY_USAGE,
      customerMasterKeySpec: KEY_SPEC,
      multiRegion: KEY_MULTI_REGION,
      enableKeyRotation: KEY_ROTATION_ENABLED,
      deletionWindowInDays: KEY_DELETION_WINDOW_DAYS,
      policy: terraformLiteral(JSON.stringify(plan.policy)),
      tags: { ...tags },
      lifecycle: { preventDestroy: true },
    });
    this.key.overrideLogicalId(plan.purpose);
    this.arn = this.key.arn;

    this.alias = new KmsAlias(this, 'alias', { name: plan.alias, targetKeyId: this.key.keyId });
    this.alias.overrideLogicalId(plan.purpose);

    this.parameter = new SsmParameter(this, 'parameter', {
      name: plan.parameterName,
      description: `ARN of the ${plan.description} key`,
      type: 'String',
      value: this.arn,
      tags: { ...tags },
    });
    this.parameter.overrideLogicalId(plan.purpose);

    const output = new TerraformOutput(this, 'arn', { value: this.arn, description: `ARN of ${plan.alias}` });
    output.overrideLogicalId(`${plan.purpose}_key_arn`);
  }
}
