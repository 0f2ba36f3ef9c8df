/**
 * Tag values LZA reads from SSM Parameter Store become plan-time lookups: one
 * `aws_ssm_parameter` data source per parameter path and stack, in the stack's account and Region.
 */
import { Construct } from 'constructs';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import type { Tag, TagValue } from '../config/model';
import { terraformLiteral } from '../keys/terraform-literal';

export class SsmTagLookups extends Construct {
  private readonly lookups = new Map<string, DataAwsSsmParameter>();
  private readonly names = new Set<string>();

  constructor(scope: Construct) {
    super(scope, 'ssm-tag-lookups');
  }

  public renderTags(tags: readonly Tag[]): Record<string, string> {
    return Object.fromEntries(tags.map((tag) => [terraformLiteral(tag.key), this.renderValue(tag.value)]));
  }

  private renderValue(value: TagValue): string {
    if (typeof value === 'string') return terraformLiteral(value);
    // Tags are not secrets: insecure_value keeps them readable in plans (String parameters only).
    return value.template
      .map((part) => (typeof part === 'string' ? terraformLiteral(part) : this.lookup(part.ssmParameter).insecureValue))
      .join('');
  }

  private lookup(parameterPath: string): DataAwsSsmParameter {
    const existing = this.lookups.get(parameterPath);
    if (existing) return existing;
    const name = this.uniqueName(parameterPath);
    const lookup = new DataAwsSsmParameter(this, name, { name: parameterPath });
    lookup.overrideLogicalId(name);
    this.lookups.set(parameterPath, lookup);
    return lookup;
  }

  /** `/accelerator/lza-prefix` → `tag_accelerator_lza_prefix`, made unique within the stack. */
  private uniqueName(parameterPath: string): string {
    const base = `tag_${parameterPath.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`;
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base}_${n}`;
    this.names.add(name);
    return name;
  }
}
