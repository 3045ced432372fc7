import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files checked between two full collections. */
export const FILES_PER_COLLECTION = 1000;

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, so that a run over tens of thousands of files keeps to the memory of
 * a few thousand. Each file's data dies young, but a little of it is always alive when the young
 * generation is swept, and is promoted; V8 collects that only once the old generation has grown
 * by several times (with 20,000 files: never, 30 MiB of garbage later). A collection of what is
 * left takes a few milliseconds; a 1,000-file run makes none.
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
