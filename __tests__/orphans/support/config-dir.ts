/** A temporary copy of the all-enabled LZA fixture (the original is read-only) with the project's own file added. */
import { lzaConfig } from '../../helpers/fixtures';

export function allEnabledConfigDir(): string {
  return lzaConfig('all-enabled');
}
