/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): the functions and files with the most self
 * time, and the functions with the most inclusive time (their own and their callees').
 *
 *   node scripts/run-app.js scripts/profile-summary.ts CPU.*.cpuprofile [rows]
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

export interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const shortUrl = (url: string) => url.replace(/.*node_modules\//, '').replace(/^file:\/\//, '');

export function summarizeProfile(profile: Profile, rows: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const fn = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const bySelf = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    total += us;
    const node = byId.get(id) as ProfileNode;
    bySelf.set(fn(node), (bySelf.get(fn(node)) ?? 0) + us);
    const file = shortUrl(node.callFrame.url) || node.callFrame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = fn(byId.get(at) as ProfileNode);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      seen.add(name);
    }
  }
  const top = (title: string, values: Map<string, number>) => [
    `\n${title}`,
    ...[...values]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([name, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`),
  ];
  return [`total ${(total / 1000).toFixed(0)} ms`, ...top('self time by function', bySelf), ...top('self time by file', byFile),
    ...top('inclusive time by function', inclusive)].join('\n');
}
