import { measureCommand } from '../../scripts/bench/measure';

describe('measureCommand', () => {
  it('counts the memory of the whole process tree, not only the largest process', async () => {
    // GIVEN a command whose two child processes each hold about 150 MB for a second
    const hold = `node -e "const b = Buffer.alloc(150 * 1048576, 1); setTimeout(() => b.length, 1000)"`;

    // WHEN it is measured
    const run = await measureCommand(`${hold} & ${hold} & wait`, process.cwd(), process.env);

    // THEN the peak is that of both together, and the wall time covers the second they wait
    expect(run.peakRssKb).toBeGreaterThan(300 * 1024);
    expect(run.wallMs).toBeGreaterThanOrEqual(1000);
  });

  it('fails with the command and its error output when the command fails', async () => {
    await expect(measureCommand('echo broken >&2; exit 3', process.cwd(), process.env)).rejects.toThrow(/exited with 3:\nbroken/);
  });
});
