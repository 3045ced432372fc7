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

/** A part of a message, made once: `pound` is the number a plural's `#` stands for. */
type Part = (values: MessageValues | undefined, pound?: number) => string;

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
  const join = (elements: readonly Element[]): Part => {
    const parts = elements.map(part);
    if (parts.length === 1) return parts[0]!;
    return (values, pound) => {
      let text = '';
      for (const p of parts) text += p(values, pound);
      return text;
    };
  };
  const part = (el: Element): Part => {
    if (el.type === LITERAL) return () => el.value;
    if (el.type === POUND) return (_, pound) => (pound === undefined ? '' : cached(lang, () => new Intl.NumberFormat(lang)).format(pound));
    const name = el.value;
    const valueOf = (values: MessageValues | undefined) => {
      if (!values || !(name in values)) throw new Error(`message "${key}" needs a value for {${name}}`);
      return values[name]!;
    };
    if (el.type === ARGUMENT) {
      return (values) => {
        const value = valueOf(values);
        return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      };
    }
    const options = new Map(Object.entries(el.options!).map(([option, { value }]) => [option, join(value)]));
    const other = options.get('other');
    const pick = (value: string | number, chosen: Part | undefined) => {
      const picked = chosen ?? other;
      if (!picked) throw new Error(`message "${key}" has no option "${value}" for {${name}}`);
      return picked;
    };
    if (el.type === SELECT) {
      return (values) => {
        const value = valueOf(values);
        return pick(value, options.get(String(value)))(values);
      };
    }
    let rules: Intl.PluralRules | undefined;
    return (values) => {
      const value = valueOf(values);
      const n = Number(value) - (el.offset ?? 0);
      const chosen = options.get(`=${value}`) ?? options.get((rules ??= cached(`${lang} ${el.pluralType}`, () => new Intl.PluralRules(lang, { type: el.pluralType }))).select(n));
      return pick(value, chosen)(values, n);
    };
  };
  return join(ast as Element[]);
}
