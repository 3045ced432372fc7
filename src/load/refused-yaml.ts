import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Text } from '../i18n/keyed-finding.js';

/** A part of a YAML document a team file may not use, and why, in words (`load.KEY` in locales/*.yaml). */
export interface Refusal {
  start: number;
  end: number;
  message: Text;
}

const CORE = 'tag:yaml.org,2002:';

/**
 * What a team file is never read with, the same whichever reader would have read it: explicit tags
 * (`!!binary`, `!!set`, `!!timestamp`…, which make bytes, sets and dates out of text), a key that is
 * a mapping or a list, an alias of a value in another section, and an alias inside the value it
 * repeats. An alias within one section (one list of people `consulted:` and `informed:`) is fine.
 */
export function refusals(doc: Document, text: string): Refusal[] {
  const found: Refusal[] = [];
  const sectionOf = new Map<Node, string>();
  const refuse = (node: Node, message: Text, start = startOf(node)) => found.push({ start, end: Math.max(start + 1, node.range?.[1] ?? 0), message });

  const walk = (node: unknown, section: string | undefined, inside: Set<Node>): void => {
    if (!isNode(node)) return;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      const from = target && sectionOf.get(target);
      if (!target) refuse(node, { key: 'load.alias-no-anchor', values: { alias: node.source } });
      else if (inside.has(target)) refuse(node, { key: 'load.alias-inside', values: { alias: node.source } });
      else if (from !== undefined && from !== section) {
        refuse(node, { key: 'load.alias-across', values: { alias: node.source, from, section: section ?? '' } });
      }
      return;
    }
    if (node.tag) refuse(node, { key: 'load.tag', values: { tag: shortTag(node.tag) } }, tagStart(text, node));
    sectionOf.set(node, section ?? '');
    if (!isCollection(node)) return;
    const within = new Set(inside).add(node);
    if (isSeq(node)) for (const item of node.items) walk(item, section ?? '', within);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = pair.key;
      if (isNode(key) && !isScalar(key)) refuse(key, { key: 'load.complex-key' });
      else walk(key, section ?? '', within);
      walk(pair.value, section ?? (isScalar(key) ? String(key.value) : ''), within);
    }
  };
  walk(doc.contents, undefined, new Set());
  return found;
}

/** Where a node's text starts; yaml starts a mapping used as a key (`? contact:`) at its first ":". */
function startOf(node: Node): number {
  const own = node.range?.[0] ?? 0;
  if (!isCollection(node) || node.items.length === 0) return own;
  const first = node.items[0] as { key?: unknown } | undefined;
  const inner = isNode(first) ? first : isNode(first?.key) ? first.key : undefined;
  return inner ? Math.min(own, startOf(inner)) : own;
}

/** The tag's own place (`!!binary` before the value, maybe with an anchor), else the value's. */
function tagStart(text: string, node: Node): number {
  const start = startOf(node);
  const before = text.slice(Math.max(0, start - 1024), start);
  const match = /(![^\s]*)[ \t]+(?:&\S+[ \t]+)?(?:#[^\n]*)?\s*$/.exec(before);
  return match ? start - before.length + match.index : start;
}

function shortTag(tag: string): string {
  return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}
