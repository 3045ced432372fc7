import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/**
 * The DevTools protocol over `--remote-debugging-pipe`: JSON messages ended by a NUL byte. The
 * same as puppeteer's own, which it keeps internal; ours lets the browser be started before
 * puppeteer is loaded.
 */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;

  constructor(
    private readonly write: Writable,
    read: Readable,
  ) {
    read.on('data', (chunk: Buffer) => this.#receive(chunk));
    read.on('close', () => this.onclose?.());
    // A browser that dies mid-message ends the connection through 'close'; nothing to add here.
    read.on('error', () => undefined);
    write.on('error', () => undefined);
  }

  send(message: string): void {
    if (this.#closed) return;
    this.write.write(`${message}\0`);
  }

  close(): void {
    this.#closed = true;
  }

  #receive(chunk: Buffer): void {
    let end = chunk.indexOf(0);
    if (end < 0) {
      this.#pending.push(chunk);
      return;
    }
    let start = 0;
    let head = this.#pending.length > 0 ? Buffer.concat([...this.#pending, chunk.subarray(0, end)]) : chunk.subarray(0, end);
    this.#pending = [];
    while (end >= 0) {
      const message = head.toString('utf8');
      // puppeteer expects each message on a turn of its own, as its transports deliver them.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
      end = chunk.indexOf(0, start);
      head = chunk.subarray(start, end);
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }
}
