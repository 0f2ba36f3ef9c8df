/**
 * The one checking Aspect of the policy rules: for every `aws_kms_key`, it reads the resource as
 * Terraform will receive it and the facts of its stack's plan, applies every rule, and reports
 * through annotations (errors stop synth; suppressed findings are infos). It never changes a key.
 */
import { Annotations, DefaultTokenResolver, StringConcat, TerraformResource, TerraformStack, Tokenization } from 'cdktf';
import type { IConstruct } from 'constructs';
import { CheckingAspect } from '../checks/checking-aspect';
import { AccountRegionStack } from '../stacks/account-region-stack';
import { evaluateKey } from './evaluate-key';
import type { PolicyRule } from './policy-rule';
import { POLICY_RULES } from './registry';
import { KMS_KEY_RESOURCE_TYPE, keyAddress } from '../plan/addresses';
import { renderedKey } from './rendered-key';

/** cdktf's own resolver, as `cdktf synth` uses it to write tokens out. */
const RESOLVER = new DefaultTokenResolver(new StringConcat());

export class PolicyRulesAspect extends CheckingAspect {
  constructor(private readonly rules: readonly PolicyRule[] = POLICY_RULES) {
    super();
  }

  protected check(node: IConstruct): void {
    if (!TerraformResource.isTerraformResource(node) || node.terraformResourceType !== KMS_KEY_RESOURCE_TYPE) return;
    const resource = node as TerraformResource;
    const stack = TerraformStack.of(resource);
    const name = resource.friendlyUniqueId;
    if (!(stack instanceof AccountRegionStack)) {
      this.error(resource, `${stack.node.id} ${keyAddress(name)}: the policy rules cannot check this key: ` +
        'it is not in an AccountRegionStack, whose plan gives the account, Region and organization to check against. ' +
        'Render keys through AccountRegionStack.');
      return;
    }
    const { plan } = stack;
    const facts = { stackName: plan.name, accountId: plan.accountId, region: plan.region, partition: plan.partition, organization: plan.organization };
    const key = renderedKey(facts, name, renderedAttributes(resource));
    for (const outcome of evaluateKey(key, plan.policyRuleSuppressions, this.rules)) {
      if (outcome.level === 'error') this.error(resource, outcome.message);
      else if (outcome.level === 'warning') Annotations.of(resource).addWarning(outcome.message);
      else Annotations.of(resource).addInfo(outcome.message);
    }
  }
}

type ResourceJson = { readonly resource?: Record<string, Record<string, Record<string, unknown>>> };

/** The key's Terraform JSON, tokens resolved and overrides applied: what `cdktf synth` writes for it. */
function renderedAttributes(resource: TerraformResource): Record<string, unknown> {
  const json = Tokenization.resolve(resource.toTerraform(), { scope: resource, preparing: false, resolver: RESOLVER }) as ResourceJson;
  return json.resource?.[KMS_KEY_RESOURCE_TYPE]?.[resource.friendlyUniqueId] ?? {};
}
