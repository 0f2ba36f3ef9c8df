/** Action lists of the key catalog, named once and used by every policy that grants them. */

/** STD: what a principal needs to use a key for its own data. */
export const STD_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'] as const;

/** LOGS: what CloudWatch Logs needs for encrypted log groups. */
export const LOGS_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'] as const;

/** DELIVERY: what log-delivering services need to write encrypted objects. */
export const DELIVERY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyPair',
  'kms:GenerateDataKeyPairWithoutPlaintext',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
] as const;

/** S3 bucket encryption through the S3 service (SSE-KMS). */
export const S3_VIA_SERVICE_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey', 'kms:Describe*'] as const;

export const EBS_SERVICE_ROLE_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'] as const;

export const EBS_VIA_EC2_ACTIONS = [
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:ReEncrypt*',
  'kms:GenerateDataKey*',
  'kms:CreateGrant',
  'kms:DescribeKey',
] as const;

export const CENTRAL_LOGS_S3_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*'] as const;

export const DECRYPT_AND_GENERATE_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey*'] as const;

export const ALL_ACTIONS = 'kms:*';
