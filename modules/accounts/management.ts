/** Keys of the Management account: installer and management, in the home Region. */
import type { Construct } from 'constructs';
import { AccountModule, type AccountModuleProps } from './account-module';

export class ManagementKeys extends AccountModule {
  constructor(scope: Construct, props: AccountModuleProps) {
    super(scope, 'management', props);
  }
}
