import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage, collectorByGrowth, OLD_GROWTH } from '../../src/cli/collect-garbage.js';

describe('collectGarbage', () => {
  it('collects what nothing holds any more, and leaves --expose-gc off', async () => {
    const make = () => new WeakRef({ big: new Array(100_000).fill(1) });
    const refs = [make(), make()];
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef holds its target until the job ends
    collectGarbage();
    expect(refs.map((r) => r.deref())).toEqual([undefined, undefined]);
    expect(runInNewContext('typeof gc')).toBe('undefined');
    collectGarbage(); // again, from what it found the first time
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

describe('collectorByGrowth', () => {
  const watch = (sizes: number[]) => {
    const collected: number[] = [];
    let i = 0;
    const look = collectorByGrowth(
      () => sizes[Math.min(i, sizes.length - 1)]!,
      () => {
        collected.push(i);
        sizes[i] = 10 * MiB; // what a collection leaves
      },
    );
    return { collected, look: () => (look(), i++) };
  };
  const MiB = 1024 * 1024;

  it('collects once the old generation has grown by OLD_GROWTH since the least it was, not before', () => {
    const growth = OLD_GROWTH / MiB;
    const { collected, look } = watch([10, 11, 9, 9 + growth - 1, 9 + growth, 12, 10 + growth].map((m) => m * MiB));
    for (let n = 0; n < 7; n++) look();
    expect(collected).toEqual([4, 6]);
  });

  it('never collects while the old generation stays put (a small run makes no collection)', () => {
    const { collected, look } = watch([12, 12.5, 13, 12, 13.5].map((m) => m * MiB));
    for (let n = 0; n < 5; n++) look();
    expect(collected).toEqual([]);
  });
});
