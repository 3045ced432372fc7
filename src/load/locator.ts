import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Position } from '../analyze/finding.js';
import type { LineIndex } from './line-index.js';

export type KeyPath = readonly (string | number)[];
/** `value`: the node at the path; `key`: the key naming it (for unknown keys and ids). */
export type Part = 'value' | 'key';

export function pathText(path: KeyPath): string {
  return path.join('.');
}

/**
 * Finds the most specific source range for a key path. When the path goes further than the
 * document (a missing key), it stops at the deepest node that exists: the parent mapping.
 */
export class Locator {
  constructor(
    private readonly doc: Document | undefined,
    private readonly lines: LineIndex,
    private readonly text: string,
  ) {}

  at(path: KeyPath, part: Part = 'value'): Position {
    let node: Node | null | undefined = this.doc?.contents;
    let keyNode: Node | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
      if (!node) break;
    }
    const target = (part === 'key' && keyNode) || node || keyNode;
    const range = target?.range;
    if (!range) return this.span(path, 0, 0);
    return this.span(path, range[0], range[1]);
  }

  /** The source text of the node at a path, as written (`5550100`, not the number it reads as). */
  source(path: KeyPath): string {
    let node: Node | null | undefined = this.doc?.contents;
    for (const segment of path) node = child(node, segment)?.value;
    const range = node?.range;
    return range ? this.text.slice(range[0], range[1]).trim() : '';
  }

  /** A position from raw offsets, for parser errors. */
  span(path: KeyPath, start: number, end: number): Position {
    let stop = Math.max(start, end);
    while (stop > start && /\s/.test(this.text[stop - 1] ?? '')) stop--;
    const from = this.lines.linePos(start);
    const to = stop > start ? this.lines.linePos(stop) : { line: from.line, col: from.col + 1 };
    return { path: pathText(path), line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
}

function child(node: unknown, segment: string | number): { key?: Node; value: Node | null } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && scalarValue(pair.key) === String(segment)) {
        return { key: pair.key as Node, value: (pair.value as Node | null) ?? null };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}

function scalarValue(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}
