import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface TeamFileRef {
  /** Absolute path. */
  path: string;
  /** As given on the command line, or relative to the current folder when found by walking. */
  display: string;
}

export class PathError extends Error {}

const YAML_FILE = /\.ya?ml$/i;
const GLOB = /[*?[\]{}]/;
const TEAM_KEY = /^(?:\uFEFF)?(?:carechart|"carechart"|'carechart')[ \t]*:/m;
const SNIFF_BYTES = 64 * 1024;

/** Files, folders (team files below them) and globs, in the order given, each file once. */
export async function findTeamFiles(paths: readonly string[], cwd: string): Promise<TeamFileRef[]> {
  const found = new Map<string, TeamFileRef>();
  const add = (ref: TeamFileRef) => found.has(ref.path) || found.set(ref.path, ref);
  for (const given of paths.length > 0 ? paths : ['.']) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch(() => undefined);
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

/** A team file is a YAML file whose top-level mapping has the `carechart` key. */
export async function looksLikeTeamFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return true; // unreadable: let the check say so
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return TEAM_KEY.test(buffer.toString('utf8', 0, bytesRead));
  } finally {
    await handle.close();
  }
}

type Ignorer = { dir: string; ignores: (path: string) => boolean };

async function walk(root: string, cwd: string): Promise<TeamFileRef[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, ignorers: Ignorer[]): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const own = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? await gitignore(dir) : undefined;
    const active = own ? [...ignorers, own] : ignorers;
    const isIgnored = (path: string, isDir: boolean) =>
      active.some((i) => i.ignores(relative(i.dir, path).split(sep).join('/') + (isDir ? '/' : '')));
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
      if (!kind) continue;
      if (kind.isDirectory()) {
        if (!isIgnored(path, true)) await visit(path, active);
      } else if (kind.isFile() && YAML_FILE.test(entry.name) && !isIgnored(path, false)) {
        if (await looksLikeTeamFile(path)) files.push(path);
      }
    }
  };
  await visit(root, []);
  return files.map((path) => ({ path, display: relative(cwd, path).split(sep).join('/') || path }));
}

async function gitignore(dir: string): Promise<Ignorer> {
  const [{ default: ignore }, { readFile }] = await Promise.all([import('ignore'), import('node:fs/promises')]);
  const rules = ignore().add(await readFile(join(dir, '.gitignore'), 'utf8'));
  return { dir, ignores: (path) => path !== '' && !path.startsWith('..') && rules.ignores(path) };
}
