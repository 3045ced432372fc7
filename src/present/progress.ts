import type { Io } from '../core/io.js';

export interface Progress {
  start(name: string): void;
  done(): void;
  clear(): void;
}

/** One line on stderr, rewritten in place, only when stderr is a terminal: nothing when piped or logged. */
export function progress(io: Io, total: number, doing: string): Progress {
  if (!io.stderrIsTTY) return { start: () => undefined, done: () => undefined, clear: () => undefined };
  let finished = 0;
  let current = '';
  const draw = () => io.stderr(`\r\u001b[K${doing}: ${finished} of ${total} done (${current})`);
  return {
    start(name) {
      current = name;
      draw();
    },
    done() {
      finished++;
      if (finished < total) draw();
    },
    clear() {
      io.stderr('\r\u001b[K');
    },
  };
}
