/** scripts/run-app.js: TypeScript run without type-checking, file by file, always from the current sources. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, tempDir } from '../helpers/fixtures';

const RUNNER = path.join(REPO_ROOT, 'scripts/run-app.js');

function run(entry: string): string {
  return execFileSync(process.execPath, [RUNNER, entry], { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe('run-app.js', () => {
  it('runs each file as its own module, with only the entry as require.main', () => {
    // GIVEN an entry importing a module from a subfolder, each reporting what node tells it
    const dir = tempDir('lz-keys-runner-');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'helper.ts'),
      'export const helper: string = JSON.stringify({ main: require.main === module, dir: __dirname });\n');
    fs.writeFileSync(path.join(dir, 'entry.ts'),
      "import { helper } from './sub/helper';\nconst entry: string = JSON.stringify({ main: require.main === module });\nconsole.log(entry, helper);\n");

    // WHEN the runner runs the entry
    const output = run(path.join(dir, 'entry.ts'));

    // THEN the entry is the main module, the helper is not, and the helper's __dirname is its own folder
    expect(output.trim()).toBe(`{"main":true} {"main":false,"dir":${JSON.stringify(path.join(dir, 'sub'))}}`);
  });

  it('runs the sources as they are now: an edit shows in the next run', () => {
    // GIVEN an entry that has been run once
    const dir = tempDir('lz-keys-runner-');
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(entry, "const answer: number = 1;\nconsole.log(answer);\n");
    expect(run(entry).trim()).toBe('1');

    // WHEN it is edited and run again
    fs.writeFileSync(entry, "const answer: number = 2;\nconsole.log(answer);\n");

    // THEN the edit is what runs
    expect(run(entry).trim()).toBe('2');
  });

  it('does not type-check: a type error still runs', () => {
    const entry = path.join(tempDir('lz-keys-runner-'), 'entry.ts');
    // `number` holding a string: tsc reports TS2322 here.
    fs.writeFileSync(entry, "const wrong: number = 'text';\nconsole.log(typeof wrong);\n");
    expect(run(entry).trim()).toBe('string');
  });
});
