/** Keys every account may hold, and the consumers the project wires to them. */
import type { Construct } from 'constructs';
import { renderConsumer } from '../keys/consumers';
import type { Consumer } from '../plan/types';
import { AccountModule, type AccountModuleProps } from './account-module';

export interface AllAccountsKeysProps extends AccountModuleProps {
  readonly consumers: readonly Consumer[];
}

export class AllAccountsKeys extends AccountModule {
  constructor(scope: Construct, props: AllAccountsKeysProps) {
    super(scope, 'all-accounts', props);
    for (const consumer of props.consumers) renderConsumer(this, consumer, this.keyFor(consumer.purpose));
  }
}
