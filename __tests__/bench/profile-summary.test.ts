import { summarizeProfile } from '../../scripts/bench/profile-summary';

describe('summarizeProfile', () => {
  it('adds self time per function and inclusive time along the callers', () => {
    // GIVEN main calling resolve; 3 ms sampled in resolve, 1 ms in main itself
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('main', 'file:///app/main.js'), children: [3] },
        { id: 3, callFrame: frame('resolve', '/x/node_modules/cdktf/lib/resolve.js') },
      ],
      samples: [3, 3, 2, 3],
      timeDeltas: [1000, 1000, 1000, 1000],
    };

    // WHEN it is summarized
    const summary = summarizeProfile(profile, 5);

    // THEN resolve has 3 ms of self time, main 1 ms of its own and 4 ms inclusive
    expect(summary).toContain('total 4 ms');
    expect(summary).toMatch(/\n +3 ms +75\.0% {2}resolve cdktf\/lib\/resolve\.js:1\n/);
    expect(summary).toMatch(/self time by function[\s\S]*\n +1 ms +25\.0% {2}main \/app\/main\.js:1/);
    const inclusive = summary.slice(summary.indexOf('inclusive time by function'));
    expect(inclusive).toMatch(/\n +4 ms 100\.0% {2}main \/app\/main\.js:1\n/);
    expect(inclusive).toMatch(/\n +3 ms +75\.0% {2}resolve cdktf\/lib\/resolve\.js:1$/);
  });
});
