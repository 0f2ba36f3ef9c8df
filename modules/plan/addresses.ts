/**
 * Terraform addresses of keys: `aws_kms_key.<purpose>`, the same in every stack. Retention, the
 * policy rules and the access report all name keys this way.
 */
export const KMS_KEY_RESOURCE_TYPE = 'aws_kms_key';
export const KMS_ALIAS_RESOURCE_TYPE = 'aws_kms_alias';

export const KEY_ADDRESS_PATTERN = /^aws_kms_key\.[a-z][a-z0-9_]*$/;

export function keyAddress(purpose: string): string {
  return `${KMS_KEY_RESOURCE_TYPE}.${purpose}`;
}
