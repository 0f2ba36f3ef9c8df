/**
 * Arguments whose change makes the AWS provider (6.x) replace a resource: destroy the old one and
 * create a new one. Read from the provider's schemas (`ForceNew: true`); `region` is the
 * per-resource Region argument provider 6 injects, and a resource in another Region is another
 * resource. The shadow turns these into `triggers_replace`, so Terraform plans a replacement
 * exactly where AWS would, and prevent_destroy stops it.
 *
 * Every resource type the project renders must be listed: the shadow refuses an unknown type
 * rather than guessing that nothing about it forces a replacement.
 */
export const FORCE_NEW_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  aws_kms_key: ['key_usage', 'customer_master_key_spec', 'multi_region', 'custom_key_store_id', 'xks_key_id', 'region'],
  aws_kms_alias: ['name', 'name_prefix', 'region'],
  aws_ssm_parameter: ['name', 'data_type', 'region'],
  aws_backup_vault: ['name', 'kms_key_arn', 'region'],
  // Create and delete only: any change of the key replaces it.
  aws_ebs_default_kms_key: ['key_arn', 'region'],
  aws_ebs_encryption_by_default: ['region'],
  aws_ssm_document: ['name', 'region'],
};
