import { mapWithConcurrency } from '../../lib/concurrency';

describe('mapping with bounded concurrency', () => {
  it('keeps the order of the items, whatever order their work finishes in', async () => {
    const items = [30, 5, 20, 0, 10];
    const results = await mapWithConcurrency(items, 3, async (ms, index) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:0', '4:10']);
  });

  it('never runs more than the limit at once, and uses all of it', async () => {
    let running = 0;
    let most = 0;
    await mapWithConcurrency(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
      },
    );
    expect(most).toBe(4);
  });

  it('maps nothing to nothing', async () => {
    expect(await mapWithConcurrency([], 8, async () => 1)).toEqual([]);
  });
});
