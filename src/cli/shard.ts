import { UsageError } from '../core/exit-codes.js';

export interface Shard {
  index: number;
  count: number;
}

/** `K/N`, 1 ≤ K ≤ N; anything else is a usage error of one line. */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${JSON.stringify(value)} is not a shard: write K/N with 1 <= K <= N, like --shard 2/4`);
  }
  return { index, count };
}

/**
 * The K-th of N slices of the file list sorted by path (code-unit order, the same on every machine
 * and locale): contiguous, sizes differing by at most one, together every file exactly once.
 */
export function shardOf<T extends { display: string }>(files: readonly T[], { index, count }: Shard): T[] {
  const sorted = [...files].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const from = Math.floor(((index - 1) * sorted.length) / count);
  const to = Math.floor((index * sorted.length) / count);
  return sorted.slice(from, to);
}
