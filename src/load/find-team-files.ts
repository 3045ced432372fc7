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
const TEAM_KEY = /^(?:\uFEFF)?(?:carechart|"carechart"|'carechart')[ \t]*:/m;
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
    if (!TEAM_KEY.test(buffer.toString('utf8', 0, head))) return { isTeamFile: false };
    return bytesRead <= SNIFF_BYTES ? { isTeamFile: true, bytes: Uint8Array.prototype.slice.call(buffer, 0, bytesRead) } : { isTeamFile: true };
  } finally {
    closeSync(fd);
  }
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
