const PLAIN = /^[a-z0-9.-]*$/;
let codeOrder: boolean | undefined;

/**
 * `a.localeCompare(b)`, without loading ICU's collator (15 ms, a tenth of a short run) where the
 * answer is known: strings of lowercase letters, digits, dots and dashes sort by code unit in
 * ICU's root, English and POSIX collations. ICU takes its default locale from LC_ALL, LC_MESSAGES
 * or LANG, in that order; any other locale, or any other character, goes to localeCompare.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  codeOrder ??= /^(?:$|C(?:[._@]|$)|POSIX|en(?:[_.@-]|$))/.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  if (codeOrder && PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}
