import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export class WriteRefused extends Error {}

const pending = new Set<string>();

/** Temp files not yet renamed into place: removed by the interrupt handler. */
export function pendingTempFiles(): readonly string[] {
  return [...pending];
}

/**
 * Writes through a temp file in the same folder and a rename, so that a reader never sees half a
 * file and an interrupted run leaves nothing behind. Never onto one of the run's inputs.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  const path = resolve(target);
  if (inputs.some((input) => resolve(input) === path)) {
    throw new WriteRefused(`Refusing to write onto ${target}: it is one of the input files`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
