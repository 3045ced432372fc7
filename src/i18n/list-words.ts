/** How a list of names is joined: ["Ana", "Luis", "Rosa"] → "Ana, Luis and Rosa". */
export type JoinList = (items: readonly string[]) => string;

/**
 * CLDR's long conjunction, as this Node's ICU joins it, for the Intl locales carechart's languages
 * name in `intl.list`: a run needs no Intl.ListFormat, whose construction (ICU's list data) alone
 * costs ~18 ms. test/i18n/lists.test.ts compares each with Intl.ListFormat; other locales use Intl.
 */
const JOINS: Readonly<Record<string, { between: string; last: (item: string) => string }>> = {
  'en-GB': { between: ', ', last: () => ' and ' },
  // ICU's Spanish rule: "y" becomes "e" before a word starting with "i" or "hi", but not "hia"/"hie".
  es: { between: ', ', last: (item) => (/^(?:[iI]|[hH][iI](?![aAeE]))/.test(item) ? ' e ' : ' y ') },
};

/** Joins lists of two or more as Intl.ListFormat(locale, long conjunction) does. */
export function listJoiner(locale: string): JoinList {
  const join = Object.hasOwn(JOINS, locale) ? JOINS[locale] : undefined;
  if (!join) {
    const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return (items) => intl.format(items);
  }
  return (items) => {
    const last = items[items.length - 1]!;
    return items.slice(0, -1).join(join.between) + join.last(last) + last;
  };
}
