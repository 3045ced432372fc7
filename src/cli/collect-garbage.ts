import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files checked before the first look at the old generation: it grows as code warms up. */
export const FIRST_LOOK = 200;
/** Files checked between two looks. */
export const FILES_PER_LOOK = 50;
/** Growth of the old generation, since the least it was, that calls for a collection. */
export const OLD_GROWTH = 6 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/**
 * Keeps a run over tens of thousands of files to the memory of a few thousand. Each file's data
 * dies young, but some of it is alive when the young generation is swept, and is promoted; V8
 * collects the old generation only once it has grown by several times. How much is promoted
 * varies from run to run by ten times (0.2 or 3 MiB a sweep, for the same files), so the
 * collection follows the old generation's growth, not a count of files. `used` and `collectNow` are
 * V8's unless a test gives its own.
 */
export function collectorByGrowth(used: () => number = oldGenerationUsed, collectNow: () => void = collectGarbage): () => void {
  let floor = Infinity; // the least seen since the last collection: V8 also collects by itself
  return () => {
    const now = used();
    if (now - floor < OLD_GROWTH) floor = Math.min(floor, now);
    else {
      collectNow();
      floor = used();
    }
  };
}

function oldGenerationUsed(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_used_size ?? 0;
}

/**
 * A full garbage collection; one of what is left takes a few milliseconds.
 *
 * V8 gives `gc` only to a context made while --expose-gc is set. The flag is set back at once: V8
 * refuses code caches (src/boot/) made under other flags. Where this fails, nothing is collected.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  collect?.();
}
