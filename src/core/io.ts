/** Everything the CLI touches of its process, so that `main` can run inside a test. */
export interface Io {
  /** False when the text waits in a buffer: a long report then waits for `drain` before writing more. */
  stdout(text: string): boolean | void;
  /** Resolves once what stdout buffered is written. */
  drain?(): Promise<void>;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  // A reader that stops early (`carechart check | head`) closes the pipe: stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    stdout: (text) => process.stdout.write(text),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
