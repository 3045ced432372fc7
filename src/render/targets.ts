import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/exit-codes.js';
import type { ChartFormat, PageKind, RenderOptions } from './render-options.js';

export interface ChartInput {
  /** Absolute path of the team file. */
  input: string;
  /** As given or found. */
  display: string;
}

/** Where one chart goes: an absolute path, or `-` for stdout. */
export interface Target extends ChartInput {
  path: string;
}

const BY_EXTENSION: Record<string, ChartFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.svg': 'svg' };

/** `-f svg` or an `.svg` output is the care map; `-f letter`, the letter; `--summary`, the page to bring. */
export function pageKind(opts: Pick<RenderOptions, 'format' | 'out' | 'summary'>): PageKind {
  if (opts.format === 'letter') return 'letter';
  const kind: PageKind = chartFormat(opts) === 'svg' ? 'map' : opts.summary ? 'summary' : 'chart';
  if (kind === 'map' && opts.summary) throw new UsageError('--summary is a page of its own: give -f md, html or pdf, or leave --summary out for the care map');
  return kind;
}

/**
 * The file written: `--format`, else the extension of `--out`, else Markdown. The letter is
 * Markdown, HTML or PDF as its `--out` says (`-f letter -o letter.pdf`), Markdown otherwise.
 */
export function chartFormat(opts: Pick<RenderOptions, 'format' | 'out'>): ChartFormat {
  const byOut = opts.out && opts.out !== '-' ? BY_EXTENSION[extname(opts.out).toLowerCase()] : undefined;
  if (opts.format === 'letter') {
    if (byOut === 'svg') throw new UsageError('The letter is written as Markdown, HTML or PDF: give --out NAME.md, NAME.html or NAME.pdf');
    return byOut ?? 'md';
  }
  return opts.format ?? byOut ?? 'md';
}

/** What goes after the team file's name when no --out is given, so that the pages never overwrite the chart. */
const SUFFIX: Record<PageKind, string> = { chart: '', map: '', summary: '-summary', letter: '-letter' };

/**
 * One output path per team file. `-o` names it for a single file; otherwise each chart is
 * `NAME.EXT` in `--out-dir`, or, with neither option, in the current folder (not beside the team
 * file: the chart is something to print or send, and the team folder may be read-only or shared).
 * Two charts on one path, or a chart onto any input, stop the run before anything is written.
 */
export function planTargets(files: readonly ChartInput[], format: ChartFormat, opts: RenderOptions, cwd: string, kind: PageKind = 'chart'): Target[] {
  if (opts.out && opts.outDir) throw new UsageError('Give either --out FILE (one team file) or --out-dir DIR (many), not both');
  if (opts.out && files.length > 1) {
    throw new UsageError(`--out takes one team file, and ${files.length} were found; use --out-dir DIR to write one chart per file`);
  }
  if (opts.out === '-' && format === 'pdf') throw new UsageError('A PDF cannot go to stdout: give --out FILE.pdf');
  const dir = resolve(cwd, opts.outDir ?? '.');
  const targets = files.map((f) => ({
    ...f,
    path: opts.out === '-' ? '-' : opts.out ? resolve(cwd, opts.out) : join(dir, `${basename(f.input, extname(f.input))}${SUFFIX[kind]}.${format}`),
  }));
  const inputs = new Set(files.map((f) => canonical(f.input)));
  const seen = new Map<string, Target>();
  for (const t of targets) {
    if (t.path === '-') continue;
    const key = canonical(t.path);
    if (inputs.has(key)) throw new UsageError(`Refusing to write onto ${shown(t.path, cwd)}: it is one of the input files`);
    const other = seen.get(key);
    if (other) throw new UsageError(`${other.display} and ${t.display} would both be written to ${shown(t.path, cwd)}; render them into different folders`);
    seen.set(key, t);
  }
  return targets;
}

/** The real path, through symlinks, of a file that may not exist yet. */
function canonical(path: string): string {
  try {
    if (existsSync(path)) return realpathSync.native(path);
    return join(realpathSync.native(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/** A path as the user would write it: relative to the current folder when inside it. */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
