/** Everything the CLI touches of its process, so that `main` can run inside a test. */
export interface Io {
  /** False when the text waits in a buffer: a long report then waits for `drain` before writing more. */
  stdout(text: string): boolean | void;
  /** Bytes of UTF-8 text, each whole characters: a long report held as bytes, written without decoding it. */
  stdoutBytes?(bytes: Uint8Array): boolean | void;
  /** Resolves once what stdout buffered is written. */
  drain?(): Promise<void>;
  stderr(text: string): void;
  /** stdin's bytes, at most `limit` of them (`check -`). */
  readStdin?(limit: number): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  // A reader that stops early (`carechart check | head`) closes the pipe: the rest of the report is
  // dropped, quietly, as other tools do, and the run still ends with the status its findings give.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    stdout: (text) => closed || process.stdout.write(text),
    stdoutBytes: (bytes) => closed || process.stdout.write(bytes),
    drain: () =>
      closed ? Promise.resolve() : new Promise((resolve) => {
        const done = () => {
          process.stdout.off('drain', done).off('error', done);
          resolve();
        };
        process.stdout.on('drain', done).on('error', done);
      }),
    stderr: (text) => process.stderr.write(text),
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        if ((size += chunk.length) >= limit) break; // enough to say it is too large
      }
      return Buffer.concat(chunks).subarray(0, limit);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
