import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Io } from '../core/io.js';

/**
 * A report held until the run is known not to have failed, one file's part at a time, as bytes
 * outside V8's heap. Past `deflateFrom` bytes (a run of thousands of files: 10,000 files make about
 * 100 MB of JSON) each further part is kept deflated, which holds such a run to 170 MiB at its
 * peak instead of 207 MiB; a run of a few hundred files never reaches it.
 */
export class HeldReport {
  readonly #parts: Buffer[] = [];
  #bytes = 0;
  #deflatedFrom = Infinity;

  constructor(private readonly deflateFrom = 16 * 1024 * 1024) {}

  get count(): number {
    return this.#parts.length;
  }

  add(text: string): void {
    const part = Buffer.from(text);
    this.#bytes += part.length;
    if (this.#bytes > this.deflateFrom && this.#deflatedFrom === Infinity) this.#deflatedFrom = this.#parts.length;
    // Copied: zlib hands back a slice of its 16 KiB output buffer, which would be kept whole.
    this.#parts.push(this.#parts.length >= this.#deflatedFrom ? Buffer.from(deflateRawSync(part, { level: 1 })) : part);
  }

  /** Out a part at a time, each let go of once written: never whole in one string. */
  async writeTo(io: Io, begin: string, separator: string, end: string): Promise<void> {
    io.stdout(begin);
    for (let i = 0; i < this.#parts.length; i++) {
      const part = i >= this.#deflatedFrom ? inflateRawSync(this.#parts[i]!) : this.#parts[i]!;
      this.#parts[i] = EMPTY;
      if (io.stdout((i > 0 ? separator : '') + part.toString()) === false && io.drain) await io.drain();
    }
    io.stdout(end);
  }
}

const EMPTY = Buffer.alloc(0);
