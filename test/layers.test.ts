import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ and what each may import: load → validate → resolve → analyze → pipeline →
 * present/render → cli, all on core and i18n (which stands on core alone); boot stands alone (it runs the bundle).
 */
const LOWER: Record<string, string[]> = {
  core: [],
  // The run's language (locales/*.yaml): every message of every layer above is said through it.
  i18n: ['core'],
  write: ['core'],
  load: ['core', 'i18n'],
  validate: ['core', 'i18n', 'load'],
  resolve: ['core', 'i18n', 'load', 'validate'],
  analyze: ['core', 'i18n', 'load', 'validate', 'resolve'],
  config: ['core', 'i18n', 'load', 'validate', 'resolve', 'analyze'],
  pipeline: ['core', 'i18n', 'load', 'validate', 'resolve', 'analyze', 'config'],
  present: ['core', 'i18n', 'validate', 'resolve', 'analyze', 'config', 'pipeline'],
  render: ['core', 'i18n', 'write', 'validate', 'resolve', 'analyze', 'pipeline', 'present'],
  cli: ['core', 'i18n', 'write', 'load', 'validate', 'resolve', 'analyze', 'config', 'pipeline', 'present', 'render'],
  boot: [],
};

const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;

/** Every relative import and dynamic import of every file under src/: [importer, imported]. */
const edges = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    ([, spec]) => [file, resolve(dirname(file), spec!).replace(/\.js$/, '.ts')] as const,
  ),
);

describe('layers', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(new Set(sourceFiles(SRC).map(folderOf))).toEqual(new Set(Object.keys(LOWER)));
  });

  it('has every file in a folder of a known layer', () => {
    const outside = sourceFiles(SRC).filter((f) => !(folderOf(f) in LOWER));
    expect(outside).toEqual([]);
  });

  it('imports only from its own folder or a lower layer', () => {
    const wrong = edges
      .filter(([from, to]) => folderOf(from) !== folderOf(to) && !LOWER[folderOf(from)]?.includes(folderOf(to)))
      .map(([from, to]) => `${relative(SRC, from)} → ${relative(SRC, to)}`);
    expect(wrong).toEqual([]);
  });

  it('has commands import shared modules, never another command', () => {
    const isCommand = (f: string) => folderOf(f) === 'cli' && f.endsWith('-command.ts');
    const wrong = edges.filter(([from, to]) => isCommand(from) && isCommand(to) && from !== to).map(([f, t]) => `${relative(SRC, f)} → ${relative(SRC, t)}`);
    expect(wrong).toEqual([]);
  });
});
