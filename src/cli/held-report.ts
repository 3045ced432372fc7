import type { Io } from '../core/io.js';

// zlib only for a report past 16 MiB: loading it would cost every short run a few milliseconds.
const zlib = () => process.getBuiltinModule('node:zlib');

/**
 * A report held until the run is known not to have failed, as bytes outside V8's heap: the parts,
 * with their separators, encoded one after another into chunks of 256 KiB, each holding whole
 * parts only, so that a chunk is one write of whole characters (not a Buffer and a write a file).
 * Past `deflateFrom` bytes (a run of thousands of files: 10,000 files make about 100 MB of JSON)
 * each further chunk is kept deflated, which holds such a run under 180 MiB at its peak; a run
 * of a thousand files never reaches it.
 */
export class HeldReport {
  readonly #chunks: { bytes: Buffer; deflated: boolean }[] = [];
  #open = Buffer.alloc(0);
  #used = 0;
  #count = 0;
  #bytes = 0;

  constructor(
    private readonly separator: string,
    private readonly deflateFrom = 16 * 1024 * 1024,
    private readonly chunkSize = 256 * 1024,
  ) {}

  get count(): number {
    return this.#count;
  }

  add(text: string): void {
    const separator = this.#count++ > 0 ? this.separator : '';
    // At most 3 bytes a UTF-16 unit: room for that much, or a new chunk.
    const most = 3 * (separator.length + text.length);
    if (this.#used + most > this.#open.length) {
      this.#close();
      this.#open = Buffer.allocUnsafe(Math.max(this.chunkSize, most));
    }
    this.#used += this.#open.write(separator, this.#used);
    this.#used += this.#open.write(text, this.#used);
  }

  /** Out a chunk at a time, each let go of once written: never whole in one string. */
  async writeTo(io: Io, begin: string, end: string): Promise<void> {
    this.#close();
    io.stdout(begin);
    for (let i = 0; i < this.#chunks.length; i++) {
      const { bytes, deflated } = this.#chunks[i]!;
      this.#chunks[i] = EMPTY;
      const chunk = deflated ? zlib().inflateRawSync(bytes) : bytes;
      if ((io.stdoutBytes ? io.stdoutBytes(chunk) : io.stdout(chunk.toString())) === false && io.drain) await io.drain();
    }
    io.stdout(end);
  }

  #close(): void {
    if (this.#used === 0) return;
    const bytes = this.#open.subarray(0, this.#used);
    this.#bytes += bytes.length;
    const deflated = this.#bytes > this.deflateFrom;
    // Copied: zlib hands back a slice of its 16 KiB output buffer, which would be kept whole.
    this.#chunks.push({ bytes: deflated ? Buffer.from(zlib().deflateRawSync(bytes, { level: 1 })) : bytes, deflated });
    this.#open = Buffer.alloc(0);
    this.#used = 0;
  }
}

const EMPTY = { bytes: Buffer.alloc(0), deflated: false };
