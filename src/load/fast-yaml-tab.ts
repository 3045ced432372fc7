/** A tab used as indentation: where it is, the file's one syntax finding (parse-yaml.ts shows yaml's alone too). */
export interface TabIndent {
  tab: number;
}

/** What the reader knows of each open mapping or sequence. */
interface OpenBlock {
  indent: number;
  node: { pairs?: unknown };
  pendingAt: number;
}

/**
 * The line (from `start`) holding the text's first tab, the lines above it read: where yaml's first
 * problem is certain to be that tab used as indentation, the tab; else undefined (yaml reads the
 * file). Certain: spaces, then the tab (`p`), then more of the line that is not a comment, where
 * the line without its tab would be the next item of an open mapping or sequence, or the first of
 * a new one below a key or dash, and not the line after a block scalar's text (yaml reads such a
 * line's indentation differently). test/load/tab-indent.test.ts holds this to yaml.
 */
export function tabIndent(text: string, start: number, p: number, lineEnd: number, tab: number, open: readonly OpenBlock[], afterBlockScalar: boolean): TabIndent | undefined {
  const indent = p - start;
  if (tab !== p || indent === 0 || afterBlockScalar) return undefined;
  let q = p;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  if (q >= lineEnd || text.charCodeAt(q) === 35) return undefined;
  const dash = text.charCodeAt(q) === 45 && (q + 1 === lineEnd || text.charCodeAt(q + 1) === 32);
  const top = open[open.length - 1];
  if (top && indent > top.indent) return top.pendingAt >= 0 ? { tab } : undefined;
  for (let i = open.length - 1; i >= 0; i--) {
    const block = open[i]!;
    if (block.indent === indent) return (block.node.pairs === undefined) === dash ? { tab } : undefined;
    if (block.indent < indent) return undefined;
  }
  return undefined;
}
