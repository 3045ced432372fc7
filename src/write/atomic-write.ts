import { randomBytes } from 'node:crypto';
import { realpathSync, writeSync } from 'node:fs';
import { chmod, chown, lstat, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/exit-codes.js';
import { WriteFailed } from './write-failed.js';

export { WriteFailed } from './write-failed.js';

/** A write carechart will not make (onto one of the run's inputs): the user's call to change, exit 2. */
export class WriteRefused extends UsageError {}

const pending = new Set<string>();

/** Temp files not yet renamed into place: removed by the interrupt handler. */
export function pendingTempFiles(): readonly string[] {
  return [...pending];
}

/**
 * Writes a regular file through a temp file beside it and a rename, so that a reader never sees
 * half a file and an interrupted run leaves nothing behind; never onto one of the run's inputs.
 * What is not a regular file is never replaced: a device, a FIFO or `/dev/stdout` is written
 * through, a symlink is followed (its target replaced), and a file keeps its mode and owner.
 * Any failure is a WriteFailed naming `shownAs` (the path as the user gave it), never the temp file.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, inputs: readonly string[] = [], shownAs = target): Promise<void> {
  const path = resolve(target);
  const existing = await stat(path).catch(ifMissing).catch((error: unknown) => Promise.reject(WriteFailed.from(error, shownAs)));
  const real = existing ? realpathOr(path) : path;
  const guarded = guardedPaths(inputs);
  if (guarded.has(path) || guarded.has(real)) {
    throw new WriteRefused(`Refusing to write onto ${shownAs}: it is one of the input files`);
  }
  try {
    const fd = STANDARD_STREAM.exec(path);
    if (fd && existing && !existing.isFile()) return writeToFd(Number(fd[1] ?? fd[2] ?? (fd[0].endsWith('stderr') ? 2 : 1)), data);
    if (existing?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    // /dev/stdout and its kin are symlinks into /proc that realpath cannot always follow (a pipe).
    if (existing && (!existing.isFile() || /^\/(?:dev|proc)\//.test(path))) return await writeFile(path, data, { flag: 'a' });
    const final = existing ? await realpath(path) : await danglingTarget(path);
    await replace(final, data, existing);
  } catch (error) {
    throw WriteFailed.from(error, shownAs);
  }
}

async function replace(final: string, data: string | Uint8Array, existing: Awaited<ReturnType<typeof stat>> | undefined): Promise<void> {
  const temp = join(dirname(final), `.${basename(final)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx', mode: 0o600 });
    if (existing) {
      if (process.getuid?.() === 0) await chown(temp, Number(existing.uid), Number(existing.gid));
      await chmod(temp, Number(existing.mode) & 0o7777);
    } else await chmod(temp, 0o666 & ~process.umask());
    await rename(temp, final);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** /dev/stdout and its kin: written to the descriptor itself, which may be a socket that cannot be opened again. */
const STANDARD_STREAM = /^\/(?:dev\/(?:stdout|stderr|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

function writeToFd(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a full pipe: wait for its reader
    }
  }
}

/**
 * The inputs as given and as their real paths: worked out once for a run's list of inputs, which
 * every one of its charts is checked against (a thousand charts, a thousand inputs each).
 */
const guardedByRun = new WeakMap<readonly string[], Set<string>>();
function guardedPaths(inputs: readonly string[]): Set<string> {
  let paths = guardedByRun.get(inputs);
  if (!paths) guardedByRun.set(inputs, (paths = new Set(inputs.flatMap((input) => [resolve(input), realpathOr(input)]))));
  return paths;
}

function realpathOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

function ifMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}

/** A path that does not exist, or a symlink to one: where the new file goes (the link is kept). */
async function danglingTarget(path: string): Promise<string> {
  const link = await lstat(path).catch(ifMissing);
  if (!link?.isSymbolicLink()) return path;
  return danglingTarget(resolve(dirname(path), await readlink(path)));
}
