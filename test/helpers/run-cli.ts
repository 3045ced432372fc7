import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/core/io.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `carechart ...args` in `cwd`, with no TTY (unless asked for stderr) and no colors. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; stderrIsTTY?: boolean; stdin?: string | Uint8Array } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async (limit) => Buffer.from(options.stdin ?? '').subarray(0, limit),
    cwd: options.cwd ?? process.cwd(),
    env: { ...options.env },
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}
