/**
 * Runs one command and measures it: wall time, and peak resident memory of its whole process
 * tree. GNU time's %M is the exact high-water mark of the largest process; polling /proc sums
 * the tree (for apps that fork) but can miss a short peak. The larger of the two is reported.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Measurement {
  readonly wallMs: number;
  readonly peakRssKb: number;
}

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 50;

export async function measureCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Measurement> {
  const useTime = fs.existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `lz-keys-bench-time-${process.pid}-${Date.now()}`);
  const [file, args] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, 'sh', '-c', command]] : ['sh', ['-c', command]];
  const started = process.hrtime.bigint();
  const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb = 0;
  const poll = setInterval(() => (polledKb = Math.max(polledKb, treeRssKb(child.pid))), POLL_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(poll);
  let hwmKb = 0;
  if (useTime) {
    hwmKb = Number(readOrEmpty(timeFile).trim().split('\n').pop() ?? 0) || 0;
    fs.rmSync(timeFile, { force: true });
  }
  if (code !== 0) throw new Error(`${command} exited with ${code}:\n${stderr}`);
  return { wallMs, peakRssKb: Math.max(hwmKb, polledKb) };
}

/** Sum of VmRSS over a process and its descendants (found by parent id in /proc); 0 once it is gone. */
function treeRssKb(root: number | undefined): number {
  if (root === undefined) return 0;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    // The command name may hold spaces and parentheses: the parent id follows the last `)`.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += Number(/VmRSS:\s+(\d+)/.exec(readOrEmpty(`/proc/${pid}/status`))?.[1] ?? 0);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A process may end between listing /proc and reading its files. */
function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
