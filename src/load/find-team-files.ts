import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compareText } from '../core/compare-text.js';

export interface TeamFileRef {
  /** Absolute path. */
  path: string;
  /** As given on the command line, or relative to the current folder when found by walking. */
  display: string;
  /** Found by walking a folder: a team file only if its text says so (see sniffTeamFile). */
  sniff?: true;
  /** The text, already read: `-` (stdin) has no file to read it from. */
  bytes?: Uint8Array;
}

export class PathError extends Error {}

const YAML_FILE = /\.ya?ml$/i;
const GLOB = /[*?[\]{}]/;
const SNIFF_BYTES = 64 * 1024;
// File system calls are synchronous: cheaper for the small files and folders a run reads.
let sniffBuffer: Buffer | undefined;
const statOrUndefined = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** Files, folders (team files below them) and globs, in the order given, each file once. */
export async function findTeamFiles(paths: readonly string[], cwd: string, stdin?: TeamFileRef): Promise<TeamFileRef[]> {
  const found = new Map<string, TeamFileRef>();
  const add = (ref: TeamFileRef) => found.has(ref.path) || found.set(ref.path, ref);
  for (const given of paths.length > 0 ? paths : ['.']) {
    if (given === '-' && stdin) {
      add(stdin);
      continue;
    }
    const path = resolve(cwd, given);
    const info = statOrUndefined(path);
    if (info?.isFile()) add({ path, display: given });
    else if (info?.isDirectory()) for (const ref of await walk(path, cwd)) add(ref);
    else if (GLOB.test(given)) {
      const matches = await globFiles(given, cwd);
      if (matches.length === 0) throw new PathError(`No file matches ${given}`);
      for (const ref of matches) add(ref);
    } else throw new PathError(`${given} does not exist`);
  }
  return [...found.values()];
}

async function globFiles(pattern: string, cwd: string): Promise<TeamFileRef[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob(pattern, { cwd, ignore: ['**/node_modules/**'], onlyFiles: true, dot: false });
  return files.sort().map((f) => ({ path: resolve(cwd, f), display: f }));
}

/**
 * A team file is a YAML file whose top-level mapping has the `carechart` key. Sniffed when the file
 * is checked rather than when it is found, so that a file is read once: `bytes` is the whole file
 * when it fits in what was sniffed.
 */
export function sniffTeamFile(path: string): { isTeamFile: boolean; bytes?: Uint8Array } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { isTeamFile: true }; // unreadable: let the check say so
  }
  try {
    const buffer = (sniffBuffer ??= Buffer.allocUnsafe(SNIFF_BYTES + 1));
    const bytesRead = readSync(fd, buffer, 0, SNIFF_BYTES + 1, 0);
    const head = Math.min(bytesRead, SNIFF_BYTES);
    if (!hasTeamKey(buffer.subarray(0, head))) return { isTeamFile: false };
    return bytesRead <= SNIFF_BYTES ? { isTeamFile: true, bytes: Uint8Array.prototype.slice.call(buffer, 0, bytesRead) } : { isTeamFile: true };
  } finally {
    closeSync(fd);
  }
}

const KEY = Buffer.from('carechart');
const isQuote = (b: number | undefined) => b === 0x22 || b === 0x27;

/**
 * `/^(?:\uFEFF)?(?:carechart|"carechart"|'carechart')[ \t]*:/m` on the text of these UTF-8 bytes,
 * tested on the bytes: decoding a file only to sniff it cost as much as decoding it to read it.
 */
export function hasTeamKey(bytes: Buffer): boolean {
  const end = bytes.length;
  for (let i = bytes.indexOf(KEY); i >= 0; i = bytes.indexOf(KEY, i + 1)) {
    let start = i;
    let after = i + KEY.length;
    if (isQuote(bytes[i - 1])) {
      if (after >= end || bytes[after] !== bytes[i - 1]) continue;
      start--;
      after++;
    }
    if (start >= 3 && bytes[start - 3] === 0xef && bytes[start - 2] === 0xbb && bytes[start - 1] === 0xbf) start -= 3;
    if (!isLineStart(bytes, start)) continue;
    while (after < end && (bytes[after] === 0x20 || bytes[after] === 0x09)) after++;
    if (after < end && bytes[after] === 0x3a) return true;
  }
  return false;
}

/** After \n, \r, U+2028 or U+2029 (what `^` matches after in a /m regex), or at the start. */
function isLineStart(bytes: Buffer, at: number): boolean {
  if (at === 0) return true;
  const b = bytes[at - 1];
  if (b === 0x0a || b === 0x0d) return true;
  return at >= 3 && bytes[at - 3] === 0xe2 && bytes[at - 2] === 0x80 && (b === 0xa8 || b === 0xa9);
}

type Ignorer = { dir: string; ignores: (path: string) => boolean };

async function walk(root: string, cwd: string): Promise<TeamFileRef[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, ignorers: Ignorer[]): Promise<void> => {
    let real = dir;
    try {
      real = realpathSync(dir);
    } catch {
      // unreadable: walked as given
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // an unreadable folder holds no team files
    }
    const own = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? await gitignore(dir) : undefined;
    const active = own ? [...ignorers, own] : ignorers;
    const isIgnored = (path: string, isDir: boolean) =>
      active.some((i) => i.ignores(relative(i.dir, path).split(sep).join('/') + (isDir ? '/' : '')));
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      const path = join(dir, entry.name);
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const kind = entry.isSymbolicLink() ? statOrUndefined(path) : entry;
      if (!kind) continue;
      if (kind.isDirectory()) {
        if (!isIgnored(path, true)) await visit(path, active);
      } else if (kind.isFile() && YAML_FILE.test(entry.name) && !isIgnored(path, false)) {
        files.push(path);
      }
    }
  };
  await visit(root, []);
  return files.map((path) => ({ path, display: relative(cwd, path).split(sep).join('/') || path, sniff: true }));
}

async function gitignore(dir: string): Promise<Ignorer> {
  const { default: ignore } = await import('ignore');
  const rules = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
  return { dir, ignores: (path) => path !== '' && !path.startsWith('..') && rules.ignores(path) };
}
