import type { SourceNode, SourcePair } from '../core/source-tree.js';

/**
 * What the last readKey or read…Value call read besides what it returns (the key, or the value's
 * node, which ends where the value does): the key's end, the value's data. Kept here rather than
 * in an object returned for each of a file's hundreds of keys and values.
 */
export const last = { keyEnd: 0, value: undefined as unknown };

/** Thrown by the fast reader on anything it leaves to yaml. */
export class Bail extends Error {}

export function bail(): never {
  throw new Bail();
}

/**
 * A key already in the mapping (its pairs so far, and the data they make): left to yaml, which
 * reports it. A short mapping's pairs are compared directly, which is quicker than looking a new
 * string up as a property; a long one's data is asked, as scanning every pair made it quadratic.
 */
export function hasKey(pairs: readonly SourcePair[], data: object, key: string): boolean {
  if (pairs.length > 12) return Object.hasOwn(data, key);
  for (const pair of pairs) if (pair.key === key) return true;
  return false;
}

/** `---` or `...` and a space or the line's end, at the start of a line: left to yaml. */
export function isDocumentMarker(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  if (c !== 45 && c !== 46) return false;
  return text.startsWith(c === 45 ? '---' : '...', p) && (p + 3 === lineEnd || text.charCodeAt(p + 3) === 32);
}

const NOT_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** In the source, quotes and '' included: yaml refuses a ':' more than 1024 characters after its key's start. */
const MAX_KEY = 1000;

/** [A-Za-z_] then [A-Za-z0-9_-]*: a plain key that yaml reads as text. */
function plainKeyEnd(text: string, pos: number): number {
  const first = text.charCodeAt(pos) | 32;
  if (!((first >= 97 && first <= 122) || text.charCodeAt(pos) === 95)) return pos;
  let i = pos + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) i++;
    else return i;
  }
}

const isSpace = (c: number) => c === 32;

/** A plain or quoted key followed by `:` and a space or the line's end (`last.keyEnd`: where the key ends); undefined for anything else. */
export function readKey(text: string, pos: number, lineEnd: number): string | undefined {
  let key: string | undefined;
  let end: number;
  const c = text.charCodeAt(pos);
  if (c === 34 || c === 39) {
    const quoted = readQuoted(text, pos, lineEnd);
    if (!quoted) return undefined;
    key = last.value as string;
    end = quoted.end;
  } else {
    end = plainKeyEnd(text, pos);
    if (end === pos) return undefined;
    key = text.slice(pos, end);
    const lower = c | 32;
    if (end - pos <= 5 && (lower === 110 || lower === 116 || lower === 102) && NOT_STRING_KEY.test(key)) return undefined;
  }
  if ((key.length === 9 && key === '__proto__') || end - pos > MAX_KEY || text.charCodeAt(end) !== 58) return undefined;
  const after = text.charCodeAt(end + 1);
  if (end + 1 !== lineEnd && !isSpace(after)) return undefined;
  last.keyEnd = end;
  return key;
}

/** Spaces, then a comment or the line's end: the offset where the comment's text ends, or -1 with no comment. */
export function lineRest(text: string, pos: number, lineEnd: number): number | undefined {
  let i = pos;
  while (i < lineEnd && isSpace(text.charCodeAt(i))) i++;
  if (i === lineEnd) return -1;
  if (text.charCodeAt(i) !== 35 || i === pos) return undefined;
  return trimEnd(text, lineEnd);
}

export function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A value in block context: a scalar to the end of the line (or its comment), or a flow collection; its data in `last.value`. */
export function readBlockValue(text: string, pos: number, lineEnd: number): SourceNode | undefined {
  const c = text.charCodeAt(pos);
  if (c === 34 || c === 39) return readQuoted(text, pos, lineEnd);
  if (c === 91 || c === 123) return readFlow(text, pos, lineEnd);
  if (!plainStart(text, pos)) return undefined;
  let stop = lineEnd;
  for (let i = pos + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) {
      stop = i - 1;
      break;
    }
  }
  stop = trimEnd(text, stop);
  const source = text.slice(pos, stop);
  if (source.includes(': ') || source.endsWith(':')) return undefined;
  last.value = resolvePlain(source);
  return { start: pos, end: stop };
}

function plainStart(text: string, pos: number): boolean {
  const c = text[pos]!;
  if ('?:,[]{}#&*!|>\'"%@`'.includes(c)) return false;
  return c !== '-' || !(pos + 1 >= text.length || ' \n'.includes(text[pos + 1]!));
}

function readQuoted(text: string, pos: number, lineEnd: number): SourceNode | undefined {
  const quote = text[pos]!;
  let i = pos + 1;
  let value = '';
  for (;;) {
    const close = text.indexOf(quote, i);
    if (close < 0 || close >= lineEnd) return undefined;
    value += text.slice(i, close);
    if (quote === "'" && text[close + 1] === "'") {
      value += "'";
      i = close + 2;
      continue;
    }
    if (quote === '"' && value.includes('\\')) return undefined;
    last.value = value;
    return { start: pos, end: close + 1 };
  }
}

const MAX_FLOW_DEPTH = 4;
/** Stand-ins for what a flow collection of the other kind would fill (frozen: filling one throws). */
const EMPTY = Object.freeze([]) as never[];
const EMPTY_MAP = Object.freeze({});
const FLOW_PLAIN = /(?:[^\s,[\]{}#:'"?&*!|>%@`-]|-(?=[^\s,[\]{}]))[^\n,[\]{}#:'"]*/y;

function readFlowValue(text: string, pos: number, lineEnd: number, depth: number): SourceNode | undefined {
  const c = text.charCodeAt(pos);
  if (c === 34 || c === 39) return readQuoted(text, pos, lineEnd);
  if ((c === 91 || c === 123) && depth < MAX_FLOW_DEPTH) return readFlow(text, pos, lineEnd, depth + 1);
  FLOW_PLAIN.lastIndex = pos;
  if (!FLOW_PLAIN.test(text)) return undefined;
  const stop = trimEnd(text, FLOW_PLAIN.lastIndex);
  last.value = resolvePlain(text.slice(pos, stop));
  return { start: pos, end: stop };
}

const skipSpaces = (text: string, i: number) => {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
};

/** `[a, b]` or `{ k: v, k2: [a, b] }` on one line: anything else is left to yaml. */
function readFlow(text: string, pos: number, lineEnd: number, depth = 1): SourceNode | undefined {
  const isMap = text[pos] === '{';
  const close = isMap ? '}' : ']';
  // Only the containers this kind of collection needs: a flow on most lines makes these the reader's most frequent allocations.
  const items: SourceNode[] = isMap ? EMPTY : [];
  const pairs: SourcePair[] = isMap ? [] : EMPTY;
  const list: unknown[] = isMap ? EMPTY : [];
  const map: Record<string, unknown> = isMap ? {} : EMPTY_MAP;
  let i = skipSpaces(text, pos + 1);
  if (text[i] !== close) {
    for (;;) {
      if (isMap) {
        const key = readKey(text, i, lineEnd);
        const keyEnd = last.keyEnd;
        if (key === undefined || keyEnd + 1 === lineEnd || hasKey(pairs, map, key)) return undefined;
        const value = readFlowValue(text, skipSpaces(text, keyEnd + 1), lineEnd, depth);
        if (!value) return undefined;
        pairs.push({ key, keyNode: { start: i, end: keyEnd }, value });
        map[key] = last.value;
        i = value.end;
      } else {
        const item = readFlowValue(text, i, lineEnd, depth);
        if (!item) return undefined;
        items.push(item);
        list.push(last.value);
        i = item.end;
      }
      i = skipSpaces(text, i);
      if (text[i] === close) break;
      if (text[i] !== ',') return undefined;
      i = skipSpaces(text, i + 1);
      if (i >= lineEnd || text[i] === close) return undefined;
    }
  }
  last.value = isMap ? map : list;
  return isMap ? { start: pos, end: i + 1, pairs } : { start: pos, end: i + 1, items };
}

/** The YAML 1.2 core schema, as yaml resolves a plain scalar. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can make a null, a boolean or a number.
  if (s.length <= 5 && (s.length === 0 || 'nNtTfF~'.includes(s[0]!))) {
    if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  }
  if (!(c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
