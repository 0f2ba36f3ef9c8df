/** Keys of the Audit account: accelerator, audit_s3 (in place of s3) and sns. */
import type { Construct } from 'constructs';
import { AccountModule, type AccountModuleProps } from './account-module';

export class AuditKeys extends AccountModule {
  constructor(scope: Construct, props: AccountModuleProps) {
    super(scope, 'audit', props);
  }
}
