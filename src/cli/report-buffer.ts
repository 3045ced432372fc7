import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectGarbage } from './collect-garbage.js';

/** More report than this goes to a temp file: what keeps a run over many files flat in memory. */
const IN_MEMORY = 1024 * 1024;
/** Pieces read back small enough to be young garbage (a 64 KiB piece of non-Latin-1 text is not). */
const READ_BACK = 16 * 1024;
/** Reading a long report back makes garbage as long as the report: collected every so often. */
const COLLECT_EVERY = 32 * 1024 * 1024;

/**
 * A report held until the run is known not to have failed (a bad config or model file in any
 * folder means no report at all, only the problems): in memory, then in a private temp file.
 */
export class ReportBuffer {
  private chunks: string[] = [];
  private size = 0;
  private dir: string | undefined;
  private fd: number | undefined;

  write(text: string): void {
    if (this.fd !== undefined) {
      writeSync(this.fd, text);
      return;
    }
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > IN_MEMORY) this.spill();
  }

  /**
   * Hands the report on, in pieces when it was spilled, and lets go of it. A piece that waits in
   * stdout's buffer (a pipe read slowly) is written before the next is read, or they would all wait in memory.
   */
  async flush(write: (text: string) => boolean | void, drain?: () => Promise<void>): Promise<void> {
    try {
      if (this.fd === undefined) {
        write(this.chunks.join(''));
        return;
      }
      const buffer = Buffer.allocUnsafe(READ_BACK);
      const decoder = new TextDecoder();
      let position = 0;
      for (let n = readSync(this.fd, buffer, 0, READ_BACK, position); n > 0; n = readSync(this.fd, buffer, 0, READ_BACK, position)) {
        if (position > 0 && position % COLLECT_EVERY === 0) collectGarbage();
        position += n;
        if (write(decoder.decode(buffer.subarray(0, n), { stream: true })) === false && drain) await drain();
      }
      const rest = decoder.decode();
      if (rest) write(rest);
    } finally {
      this.discard();
    }
  }

  discard(): void {
    this.chunks = [];
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = this.dir = undefined;
  }

  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'carechart-report-'));
    this.fd = openSync(join(this.dir, 'report'), 'w+', 0o600);
    for (const chunk of this.chunks) writeSync(this.fd, chunk);
    this.chunks = [];
  }
}
