import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
/** What `carechart check` reads of its own package at run time. */
const PACKAGE = ['bin', 'dist', 'models', 'locales', 'schema', 'package.json'];
let copy: string | undefined;

/**
 * Root reads and writes anything, so a test of a file or folder it may not touch runs the binary
 * as nobody (uid 65534). The checkout may sit in a folder only root can enter (a clone under
 * `mktemp -d`, or in root's home), so nobody runs a copy of the built package in a world-readable
 * temp folder. As any other user the binary runs as that user, from the checkout.
 */
export async function runAsNobody(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = process.getuid?.() === 0;
  const bin = join(root ? nobodysCopy() : process.cwd(), 'bin', 'carechart.js');
  const options = { cwd, ...(root ? { uid: 65534, gid: 65534 } : {}) };
  return exec(process.execPath, [bin, ...args], options).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

function nobodysCopy(): string {
  if (copy) return copy;
  const dir = mkdtempSync(join(tmpdir(), 'carechart-package-'));
  for (const part of PACKAGE) cpSync(part, join(dir, part), { recursive: true });
  chmodSync(dir, 0o755);
  return (copy = dir);
}
