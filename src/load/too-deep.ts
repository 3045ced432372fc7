import { LIMITS } from './limits.js';

export const TOO_DEEP_MESSAGE = { key: 'load.too-deep', values: { levels: LIMITS.maxDepth } };

const BRACKETS = /[[\]{}]/g;

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

function firstDeepBracket(text: string): number | undefined {
  let flow = 0;
  BRACKETS.lastIndex = 0;
  // test(), not exec(): no match object for each of a file's hundred-odd brackets.
  while (BRACKETS.test(text)) {
    const at = BRACKETS.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === 91 || c === 123) {
      if (++flow > LIMITS.maxDepth) return at;
    } else if (flow > 0) flow--;
  }
  return undefined;
}
