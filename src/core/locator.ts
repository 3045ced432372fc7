import type { Position } from './finding.js';
import type { LineIndex } from './line-index.js';
import type { SourceNode } from './source-tree.js';

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
    private readonly root: SourceNode | null | undefined,
    private readonly lines: LineIndex,
    private readonly text: string,
  ) {}

  at(path: KeyPath, part: Part = 'value'): Position {
    let node: SourceNode | null | undefined = this.root;
    let keyNode: SourceNode | null | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
      if (!node) break;
    }
    const target = (part === 'key' && keyNode) || node || keyNode;
    if (!target || target.start < 0) return this.span(path, 0, 0);
    return this.span(path, target.start, target.end);
  }

  /** The source text of the node at a path, as written (`5550100`, not the number it reads as). */
  source(path: KeyPath): string {
    let node: SourceNode | null | undefined = this.root;
    for (const segment of path) node = child(node, segment)?.value;
    return node && node.start >= 0 ? this.text.slice(node.start, node.end).trim() : '';
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

function child(node: SourceNode | null | undefined, segment: string | number): { key?: SourceNode | null; value: SourceNode | null } | undefined {
  if (node?.pairs) {
    const name = String(segment);
    for (const pair of node.pairs) if (pair.key === name) return { key: pair.keyNode, value: pair.value };
    return undefined;
  }
  if (node?.items && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { value: item } : undefined;
  }
  return undefined;
}
