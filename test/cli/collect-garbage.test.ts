import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/cli/collect-garbage.js';

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
