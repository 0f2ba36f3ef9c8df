/** Keys of the LogArchive account: central_logs and log_replication. */
import type { Construct } from 'constructs';
import { AccountModule, type AccountModuleProps } from './account-module';

export class LogArchiveKeys extends AccountModule {
  constructor(scope: Construct, props: AccountModuleProps) {
    super(scope, 'log-archive', props);
  }
}
