/**
 * Prints the top costs of a V8 CPU profile; see docs/performance.md for profiling a synth.
 *
 *   node scripts/run-app.js scripts/profile-summary.ts CPU.*.cpuprofile [rows]
 */
import * as fs from 'fs';
import { summarizeProfile, type Profile } from './bench/profile-summary';

const [file, rows] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [rows]');
process.stdout.write(`${summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(rows ?? 25))}\n`);
