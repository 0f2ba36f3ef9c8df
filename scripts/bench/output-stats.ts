/** What a synth wrote: stacks, keys, bytes, and the shape the floor app rebuilds. */
import * as fs from 'fs';
import * as path from 'path';
import { groupShapes, stackShape, type FloorShapeGroup } from './floor-shape';

export interface OutputStats {
  readonly stacks: number;
  readonly keys: number;
  readonly bytes: number;
  readonly shape: FloorShapeGroup[];
}

export function outputStats(outdir: string): OutputStats {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  const stacks = Object.values(manifest.stacks);
  const shapes = stacks.map((stack) => stackShape(JSON.parse(fs.readFileSync(path.join(outdir, stack.synthesizedStackPath), 'utf8'))));
  return {
    stacks: stacks.length,
    keys: shapes.reduce((sum, shape) => sum + shape.keys.length, 0),
    bytes: treeBytes(outdir),
    shape: groupShapes(shapes),
  };
}

export function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? treeBytes(full) : fs.statSync(full).size;
  }
  return total;
}
