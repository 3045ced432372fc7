import type { MessageAst, MessageValues } from './messages.js';

/** A message filled in: what `Messages.t` keeps for each key it has said once. */
export type Format = (values: MessageValues | undefined) => string;

// intl-messageformat's element types (@formatjs/icu-messageformat-parser TYPE): the ones read here.
const LITERAL = 0;
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

interface Element {
  type: number;
  value: string;
  options?: Record<string, { value: Element[] }>;
  offset?: number;
  pluralType?: Intl.PluralRulesOptions['type'];
}

function isSimple(elements: readonly Element[]): boolean {
  return elements.every((el) => el.type <= ARGUMENT || el.type === POUND || ((el.type === SELECT || el.type === PLURAL) && Object.values(el.options!).every((o) => isSimple(o.value))));
}

/** intl-messageformat makes one of each per locale and options: so does this. */
const intl = new Map<string, Intl.PluralRules | Intl.NumberFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = intl.get(key) as T | undefined;
  if (!made) intl.set(key, (made = make()));
  return made;
}

/**
 * Text, `{name}`, select and plural, filled in as intl-messageformat fills them (the same text,
 * the same Intl objects) without its parts, merges and memoized formatters' keys; number, date and
 * time formats are left to it.
 */
export function simpleFormat(ast: MessageAst, lang: string, key: string): Format | undefined {
  if (typeof ast === 'string' || !isSimple(ast as Element[])) return undefined;
  const option = (el: Element, name: string | number) => (Object.hasOwn(el.options!, name) ? el.options![name] : undefined);
  const fill = (elements: readonly Element[], values: MessageValues | undefined, pound?: number): string => {
    let text = '';
    for (const el of elements) {
      if (el.type === LITERAL) text += el.value;
      else if (el.type === POUND) text += pound === undefined ? '' : cached(lang, () => new Intl.NumberFormat(lang)).format(pound);
      else {
        if (!values || !(el.value in values)) throw new Error(`message "${key}" needs a value for {${el.value}}`);
        const value = values[el.value]!;
        if (el.type === ARGUMENT) {
          text += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
          continue;
        }
        const n = Number(value) - (el.offset ?? 0);
        const rules = () => cached(`${lang} ${el.pluralType}`, () => new Intl.PluralRules(lang, { type: el.pluralType }));
        const chosen = el.type === SELECT ? option(el, value) : (option(el, `=${value}`) ?? option(el, rules().select(n)));
        const picked = chosen ?? el.options!.other;
        if (!picked) throw new Error(`message "${key}" has no option "${value}" for {${el.value}}`);
        text += el.type === SELECT ? fill(picked.value, values) : fill(picked.value, values, n);
      }
    }
    return text;
  };
  return (values) => fill(ast as Element[], values);
}
