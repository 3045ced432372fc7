import { expect } from 'vitest';
import type { KeyPath } from '../../src/core/locator.js';
import { fastYaml } from '../../src/load/fast-yaml.js';
import { LineIndex } from '../../src/core/line-index.js';
import { Locator } from '../../src/core/locator.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { syntaxFinding, TAB_AS_INDENT } from '../../src/load/syntax-finding.js';
import { expectSameData } from './same-data.js';

/** Every key path of a value, the value's own first. */
export function allPaths(value: unknown, path: KeyPath = []): KeyPath[] {
  const paths: KeyPath[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...allPaths(v, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push(...allPaths(v, [...path, k]));
  }
  return paths;
}

/**
 * When the fast reader takes a text, it must give what yaml gives: the same data (key order
 * included) and the same position for every path, as a value and as a key. Returns whether it took it.
 */
export function expectSameAsYaml(text: string, label = ''): boolean {
  const fast = fastYaml(text);
  if (!fast) return false;
  const slow = parseYaml(text);
  if ('tab' in fast) {
    // A tab used as indentation: yaml's one finding, where the fast reader says it is.
    const at = new Locator(null, new LineIndex(text), text).span([], fast.tab, fast.tab + 1);
    expect(slow.findings, label).toEqual([syntaxFinding(at, TAB_AS_INDENT)]);
    return true;
  }
  expect(slow.findings, label).toEqual([]);
  expect(JSON.stringify(fast.data), label).toBe(JSON.stringify(slow.data));
  expectSameData(fast.data, slow.data, label);
  const lines = new LineIndex(text);
  const locator = new Locator(fast.root, lines, text);
  for (const path of [...allPaths(slow.data), ['no-such-key'], [0]]) {
    for (const part of ['value', 'key'] as const) {
      expect(locator.at(path, part), `${label} ${path.join('.')} ${part}`).toEqual(slow.locator.at(path, part));
    }
    expect(locator.source(path), `${label} ${path.join('.')} source`).toBe(slow.locator.source(path));
  }
  return true;
}
