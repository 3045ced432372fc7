import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** V8's compiled code for the bundle, kept between runs: Node 20 has no compile cache of its own. */
export interface CodeCache {
  read(): Buffer | undefined;
  /** `complete`: written after a `check`, holding what a check compiles; kept over a partial one. */
  write(data: Buffer, complete: boolean): void;
  /** True when the cache read was partial, or missing. */
  readonly partial: boolean;
}

/** This install of carechart (its dist/ folder): two installs of different builds each keep their own caches. */
const INSTALL = fnv(import.meta.url);
/** Another install's caches are left alone for a week after they were written: it may still be in use. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * One folder per user (mode 0700, checked before use: cached code runs as the user), one file per
 * install, build, script, V8 version and set of Node flags; writing one removes those of the same
 * install's other builds, and other installs' caches written more than a week ago.
 * CARECHART_CODE_CACHE=off runs without it.
 */
export function openCodeCache(build: string, script: string): CodeCache | undefined {
  if (process.env.CARECHART_CODE_CACHE === 'off') return undefined;
  const dir = cacheFolder();
  const own = `${INSTALL}-${build}-`;
  const stem = `${own}${script}-${process.versions.v8}-${fnv(process.execArgv.join('\0'))}`;
  const files = { complete: join(dir, `${stem}.check.bin`), partial: join(dir, `${stem}.bin`) };
  let partial = true;
  return {
    get partial() {
      return partial;
    },
    read() {
      if (!isOwnPrivateFolder(dir)) return undefined;
      for (const [kind, file] of Object.entries(files)) {
        try {
          const data = readFileSync(file);
          partial = kind === 'partial';
          return data;
        } catch {
          // not there yet
        }
      }
      return undefined;
    },
    write(data, complete) {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!isOwnPrivateFolder(dir)) return;
        for (const old of readdirSync(dir)) if (!old.startsWith(own) && (old.startsWith(`${INSTALL}-`) || isStale(join(dir, old)))) rmSync(join(dir, old), { force: true });
        const file = complete ? files.complete : files.partial;
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, data, { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        // a cache that cannot be written only makes the next run slower
      }
    },
  };
}

/** The user's cache folder (CARECHART_CACHE_DIR, else the system's temporary folder); `kind`: a sibling. */
export function cacheFolder(kind = ''): string {
  return join(process.env.CARECHART_CACHE_DIR || tmpdir(), `carechart-code-cache${kind}-${process.getuid?.() ?? 'user'}`);
}

/** A cache folder, made if need be, when it is the user's own and no one else can write to it. */
export function privateCacheFolder(kind = ''): string | undefined {
  const dir = cacheFolder(kind);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  return isOwnPrivateFolder(dir) ? dir : undefined;
}

function isOwnPrivateFolder(dir: string): boolean {
  try {
    const info = lstatSync(dir);
    const uid = process.getuid?.();
    return info.isDirectory() && (uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

function isStale(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/** Names a cache after its install and its Node flags (V8 refuses a cache made under other flags). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(16);
}
