import { rmSync } from 'node:fs';
import { pendingTempFiles } from '../write/atomic-write.js';

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On Ctrl-C or a kill: run every registered cleanup (close the browser, remove its profile), remove
 * the temp files of writes not yet renamed into place, then die of the same signal as the process
 * would have without us. The cleanups are synchronous: there is no time for anything else.
 */
function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // keep cleaning up
    }
  }
  for (const temp of pendingTempFiles()) rmSync(temp, { force: true });
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  cleanups.clear();
}

/** Registers a cleanup for an interrupt while work is under way; call the returned function when it is done. */
export function onInterrupt(cleanup: Cleanup = () => undefined): () => void {
  if (cleanups.size === 0) install();
  const entry: Cleanup = () => cleanup();
  cleanups.add(entry);
  return () => {
    cleanups.delete(entry);
    if (cleanups.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
