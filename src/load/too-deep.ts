import { LIMITS } from './limits.js';

export const TOO_DEEP_MESSAGE = { key: 'load.too-deep', values: { levels: LIMITS.maxDepth } };

const BRACKETS = ['[', '{', ']', '}'];

/**
 * Offset where bracket or indentation nesting passes the limit, without building anything: the
 * first bracket past the limit, or the end of the first line's leading run of spaces and dashes
 * longer than the limit allows (two columns a level), whichever comes first.
 */
export function tooDeep(text: string): number | undefined {
  const bracket = firstDeepBracket(text);
  const end = bracket ?? text.length;
  for (let start = 0; start < end; ) {
    if (text.charCodeAt(start) === 32) {
      let j = start;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45) j++;
      if (j - start > LIMITS.maxDepth * 2 * 2) return j;
    }
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return bracket;
}

/** Brackets found with indexOf, the next of each kind, rather than by a regex stopped at each of a file's hundred-odd brackets. */
function firstDeepBracket(text: string): number | undefined {
  const next = BRACKETS.map((b) => text.indexOf(b));
  let flow = 0;
  for (;;) {
    let kind = -1;
    for (let k = 0; k < 4; k++) if (next[k]! >= 0 && (kind < 0 || next[k]! < next[kind]!)) kind = k;
    if (kind < 0) return undefined;
    const at = next[kind]!;
    next[kind] = text.indexOf(BRACKETS[kind]!, at + 1);
    if (kind < 2) {
      if (++flow > LIMITS.maxDepth) return at;
    } else if (flow > 0) flow--;
  }
}
