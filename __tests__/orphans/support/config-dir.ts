/** A temporary copy of the all-enabled LZA fixture (the original is read-only) with the project's own file added. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const FIXTURE = '/work/shared/lza-configs/all-enabled';

export function allEnabledConfigDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orphans-config-'));
  for (const file of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, 'terraform-config.yaml'), 'organizationId: o-asdf123456\n');
  return dir;
}
