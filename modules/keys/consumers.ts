/** The consumers the catalog has the project wire itself, each pointed at a key of its stack. */
import { Construct } from 'constructs';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { EbsDefaultKmsKey } from '@cdktf/provider-aws/lib/ebs-default-kms-key';
import { EbsEncryptionByDefault } from '@cdktf/provider-aws/lib/ebs-encryption-by-default';
import { SsmDocument } from '@cdktf/provider-aws/lib/ssm-document';
import type { Consumer } from '../plan/types';
import type { RetainedKey } from './retained-key';

/** The document Session Manager reads its preferences from; its name is fixed by AWS. */
export const SESSION_MANAGER_PREFERENCES_DOCUMENT = 'SSM-SessionManagerRunShell';

export function renderConsumer(scope: Construct, consumer: Consumer, key: RetainedKey): void {
  switch (consumer.kind) {
    case 'ebs-default-encryption': {
      const byDefault = new EbsEncryptionByDefault(scope, 'ebs-encryption-by-default', { enabled: true });
      byDefault.overrideLogicalId('ebs');
      const defaultKey = new EbsDefaultKmsKey(scope, 'ebs-default-kms-key', { keyArn: key.arn });
      defaultKey.overrideLogicalId('ebs');
      return;
    }
    case 'session-manager-preferences': {
      const document = new SsmDocument(scope, 'session-manager-preferences', {
        name: SESSION_MANAGER_PREFERENCES_DOCUMENT,
        documentType: 'Session',
        documentFormat: 'JSON',
        content: JSON.stringify({
          schemaVersion: '1.0',
          description: 'Session Manager preferences: sessions encrypted with the session_manager key (lz-keys)',
          sessionType: 'Standard_Stream',
          inputs: { kmsKeyId: key.arn },
        }),
      });
      document.overrideLogicalId('session_manager_preferences');
      return;
    }
    case 'backup-vault': {
      const vault = new BackupVault(scope, `backup-vault-${consumer.vaultName}`, {
        name: consumer.vaultName,
        kmsKeyArn: key.arn,
      });
      vault.overrideLogicalId(terraformName(consumer.vaultName));
      return;
    }
  }
}

/** Terraform names start with a letter or underscore and hold letters, digits, `_` and `-`. */
function terraformName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
