import type { MessageAst, MessageValues } from './messages.js';

/** A message filled in: what `Messages.t` keeps for each key it has said once. */
export type Format = (values: MessageValues | undefined) => string;

// intl-messageformat's element types (@formatjs/icu-messageformat-parser TYPE): the ones read here.
const LITERAL = 0;
const ARGUMENT = 1;
const SELECT = 5;

interface Element {
  type: number;
  value: string;
  options?: Record<string, { value: Element[] }>;
}

function isSimple(elements: readonly Element[]): boolean {
  return elements.every(
    (el) => el.type === LITERAL || el.type === ARGUMENT || (el.type === SELECT && Object.values(el.options!).every((o) => isSimple(o.value))),
  );
}

/**
 * Text, `{name}` and `select` only, as intl-messageformat fills them in (same text, same missing
 * value error), without its parts and merges; plural and number go through intl-messageformat,
 * whose Intl.PluralRules and NumberFormat they need.
 */
export function simpleFormat(ast: MessageAst, key: string): Format | undefined {
  if (typeof ast === 'string' || !isSimple(ast as Element[])) return undefined;
  const fill = (elements: readonly Element[], values: MessageValues | undefined): string => {
    let text = '';
    for (const el of elements) {
      if (el.type === LITERAL) {
        text += el.value;
        continue;
      }
      if (!values || !(el.value in values)) throw new Error(`message "${key}" needs a value for {${el.value}}`);
      const value = values[el.value];
      if (el.type === ARGUMENT) text += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      else {
        const option = (Object.hasOwn(el.options!, value!) ? el.options![value!] : undefined) ?? el.options!.other;
        if (!option) throw new Error(`message "${key}" has no option "${value}" for {${el.value}}`);
        text += fill(option.value, values);
      }
    }
    return text;
  };
  return (values) => fill(ast as Element[], values);
}
