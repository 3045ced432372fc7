import { readBlockScalar } from './fast-yaml-block-scalar.js';
import { bail, Bail, hasKey, isDocumentMarker, last, lineRest, readBlockValue, readKey, trimEnd } from './fast-yaml-values.js';
import type { SourceNode } from '../core/source-tree.js';
import { tabIndent, type TabIndent } from './fast-yaml-tab.js';

/**
 * A reader for the YAML that team files are written in: block mappings and sequences, one-line
 * scalars and flow collections, block scalars, comments. It gives the data `toJS()` gives and the
 * ranges yaml's Document gives (as far as the Locator reads them: up to trailing whitespace), or
 * undefined for anything else, which yaml itself then reads. A comment's place in those ranges
 * follows yaml's own parser: a comment deeper than its mapping or sequence belongs to the value
 * above it; one that is not, to the innermost collection whose indentation it does not undercut.
 */
export interface FastYaml {
  data: unknown;
  root: SourceNode;
}

interface Block {
  indent: number;
  node: SourceNode;
  data: Record<string, unknown> | unknown[];
  /** Where the last value ends with its comments (yaml's `range[2]`, whitespace trimmed). */
  lastEnd: number;
  /** A one-line value takes a following comment that is indented deeper than its collection. */
  lastTakesComments: boolean;
  /** Where an empty value would sit when the last key or dash has no value yet; -1 when it has. */
  pendingAt: number;
  pendingComment: boolean;
  /** Comments after the last value that are not part of it: where they end, the deepest indent. */
  trailEnd: number;
  trailIndent: number;
}

// CR, control characters, BOMs and odd line breaks: left to yaml. Tabs: see fast-yaml-tab.ts.
const UNSUPPORTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

/** The data and ranges; or, for a file whose first problem is a tab used as indentation, where it is. */
export function fastYaml(text: string): FastYaml | TabIndent | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new Reader(text, text.indexOf('\t')).read();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

class Reader {
  private readonly stack: Block[] = [];
  private root: Block | undefined;
  /** The value last read was a block scalar. */
  private afterBlockScalar = false;

  /** `tab`: the first tab in the text, or -1: the lines before it are read, and it decides the rest. */
  constructor(
    private readonly text: string,
    private readonly tab: number,
  ) {}

  read(): FastYaml | TabIndent {
    const { text, tab } = this;
    for (let start = 0; start < text.length; ) {
      let lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
      let p = start;
      while (text.charCodeAt(p) === 32) p++;
      if (tab >= 0 && tab <= lineEnd) return tabIndent(text, start, p, lineEnd, tab, this.stack, this.afterBlockScalar) ?? bail();
      let next = -1;
      if (p < lineEnd) {
        if (text.charCodeAt(p) === 35) this.comment(p - start, trimEnd(text, lineEnd));
        else next = this.content(p - start, p, lineEnd);
      }
      start = next >= 0 ? next : lineEnd + 1;
    }
    while (this.stack.length > 0) this.pop();
    if (!this.root) bail();
    return { data: this.root.data, root: this.root.node };
  }

  private comment(indent: number, end: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.pendingAt >= 0) top.pendingComment = true;
    else if (top.trailEnd >= 0) (top.trailEnd = end), (top.trailIndent = Math.max(top.trailIndent, indent));
    else if (indent > top.indent && top.lastTakesComments) top.lastEnd = end;
    else (top.trailEnd = end), (top.trailIndent = indent);
  }

  /** Returns where the next line starts when the value took more lines than this one, else -1. */
  private content(indent: number, p: number, lineEnd: number): number {
    const { text } = this;
    const dash = text.charCodeAt(p) === 45 && (p + 1 === lineEnd || text.charCodeAt(p + 1) === 32);
    if (indent === 0 && isDocumentMarker(text, p, lineEnd)) bail();
    for (let top = this.stack[this.stack.length - 1]; top; top = this.stack[this.stack.length - 1]) {
      const isMap = top.node.pairs !== undefined;
      if (indent > top.indent || (indent === top.indent && isMap && dash && top.pendingAt >= 0)) {
        if (top.pendingAt < 0) bail();
        return this.open(indent, p, lineEnd, dash);
      }
      if (indent === top.indent && dash !== isMap) {
        if (top.pendingAt >= 0) this.finishEmpty(top);
        top.trailEnd = -1;
        return this.item(top, p, lineEnd);
      }
      this.pop();
    }
    if (this.root) bail();
    return this.open(indent, p, lineEnd, dash);
  }

  /** A new mapping or sequence, starting with the item at `p`. */
  private open(indent: number, p: number, lineEnd: number, dash: boolean, key?: string): number {
    const node: SourceNode = dash ? { start: p, end: p, items: [] } : { start: p, end: p, pairs: [] };
    const block: Block = { indent, node, data: dash ? [] : {}, lastEnd: p, lastTakesComments: false, pendingAt: -1, pendingComment: false, trailEnd: -1, trailIndent: 0 };
    this.stack.push(block);
    this.root ??= block;
    return this.item(block, p, lineEnd, key);
  }

  /** `known`: the key at `p`, when just read (its end still in `last.keyEnd`). */
  private item(block: Block, p: number, lineEnd: number, known?: string): number {
    const { text } = this;
    if (block.node.items) {
      block.node.items.push(null);
      let r = p + 1;
      while (text.charCodeAt(r) === 32) r++;
      const compact = r < lineEnd && text.charCodeAt(r) !== 35 ? readKey(text, r, lineEnd) : undefined;
      if (compact !== undefined) {
        block.pendingAt = r;
        block.pendingComment = false;
        return this.open(block.indent + (r - p), r, lineEnd, false, compact);
      }
      if (text.charCodeAt(r) === 45 && (r + 1 === lineEnd || text.charCodeAt(r + 1) === 32)) bail();
      return this.value(block, r, lineEnd);
    }
    const key = known ?? readKey(text, p, lineEnd) ?? bail();
    const keyEnd = last.keyEnd;
    const pairs = block.node.pairs!;
    if (hasKey(pairs, block.data, key)) bail();
    // The data gets the key when its value is known: in the same order, as values finish in order.
    pairs.push({ key, keyNode: { start: p, end: keyEnd }, value: null });
    let r = keyEnd + 1;
    while (text.charCodeAt(r) === 32) r++;
    return this.value(block, r, lineEnd);
  }

  /** What follows `key:` or `-` on its line (from `r`): a value, or nothing yet (a block below, or empty). */
  private value(block: Block, r: number, lineEnd: number): number {
    const { text } = this;
    const c = text.charCodeAt(r);
    this.afterBlockScalar = false;
    if (r >= lineEnd || c === 35) {
      block.pendingAt = r;
      block.pendingComment = r < lineEnd;
      return -1;
    }
    if ((c === 62 || c === 124) && block.node.pairs) {
      const scalar = readBlockScalar(text, r, lineEnd, block.indent) ?? bail();
      // A tab in a block scalar's text is text: left to yaml.
      if (this.tab >= 0 && scalar.next > this.tab) bail();
      this.finish(block, scalar.node, scalar.value, scalar.node.end, false);
      this.afterBlockScalar = true;
      return scalar.next;
    }
    const node = readBlockValue(text, r, lineEnd) ?? bail();
    const rest = lineRest(text, node.end, lineEnd) ?? bail();
    this.finish(block, node, last.value, rest >= 0 ? rest : node.end, true);
    return -1;
  }

  /** yaml extends an empty value over the comments after it: left to yaml. */
  private finishEmpty(block: Block): void {
    if (block.pendingComment) bail();
    const at = block.pendingAt;
    this.finish(block, { start: at, end: at }, null, at, false);
  }

  private finish(block: Block, node: SourceNode, value: unknown, end: number, takesComments: boolean): void {
    if (block.node.items) {
      block.node.items[block.node.items.length - 1] = node;
      (block.data as unknown[]).push(value);
    } else {
      const pair = block.node.pairs![block.node.pairs!.length - 1]!;
      pair.value = node;
      (block.data as Record<string, unknown>)[pair.key!] = value;
    }
    block.lastEnd = end;
    block.lastTakesComments = takesComments;
    block.pendingAt = -1;
  }

  /** Closes the innermost block; trailing comments less indented than it go to its parent. */
  private pop(): void {
    const block = this.stack.pop()!;
    if (block.pendingAt >= 0) this.finishEmpty(block);
    block.node.end = block.lastEnd;
    const trail = block.trailEnd >= 0;
    const moves = trail && (block.indent === 0 || block.trailIndent < block.indent);
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    this.finish(parent, block.node, block.data, trail && !moves ? block.trailEnd : block.lastEnd, false);
    parent.trailEnd = moves ? block.trailEnd : -1;
    parent.trailIndent = block.trailIndent;
  }
}
