import type { SourceNode } from '../core/source-tree.js';

export interface BlockScalar {
  node: SourceNode;
  value: string;
  /** Where the next line after its text starts. */
  next: number;
}

/**
 * `key: >`, `key: >-`, `key: |` or `key: |-` and the lines below it, as yaml reads them. Left to
 * yaml: other headers, a comment on the header, lines indented deeper than the first in a folded
 * scalar, blank lines holding more spaces than the text's indentation, an empty scalar.
 */
export function readBlockScalar(text: string, pos: number, lineEnd: number, parentIndent: number): BlockScalar | undefined {
  const literal = text[pos] === '|';
  let h = pos + 1;
  const strip = text[h] === '-';
  if (strip) h++;
  while (text.charCodeAt(h) === 32) h++;
  if (h !== lineEnd) return undefined;
  let indent = -1;
  let value = '';
  let sep = '';
  let blanks = 0;
  let leading = 0;
  let end = -1;
  let next = lineEnd + 1;
  for (let start = lineEnd + 1; start < text.length; ) {
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    let p = start;
    while (text.charCodeAt(p) === 32) p++;
    const spaces = p - start;
    if (p === stop) {
      if (indent >= 0 && spaces > indent) return undefined;
      if (indent < 0) leading = Math.max(leading, spaces);
      blanks++;
    } else {
      if (indent < 0) {
        if (spaces <= parentIndent || leading > spaces) return undefined;
        indent = spaces;
        value = '\n'.repeat(blanks);
      } else if (spaces < indent) break;
      else {
        for (let b = 0; b < blanks; b++) {
          if (literal || sep === '\n') value += '\n';
          else sep = '\n';
        }
        if (literal) value += sep;
        else if (spaces > indent) return undefined;
        else value += sep;
      }
      value += text.slice(start + indent, stop);
      sep = literal ? '\n' : ' ';
      blanks = 0;
      end = stop;
      next = stop + 1;
    }
    start = stop + 1;
  }
  if (indent < 0) return undefined;
  while (text.charCodeAt(end - 1) === 32) end--;
  return { node: { start: pos, end }, value: strip ? value : `${value}\n`, next };
}
