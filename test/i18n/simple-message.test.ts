import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { availableLanguages, type CompiledLocale } from '../../src/i18n/load-locale.js';
import type { MessageValues } from '../../src/i18n/messages.js';
import { simpleFormat } from '../../src/i18n/simple-message.js';
import { compileLocales } from '../../src/i18n/compile-locales.js';

type El = { type: number; value: string; options?: Record<string, { value: El[] }> };

/** Every way through a message's selects and plurals: one set of values each, with its words and some counts as values. */
function valueSets(elements: El[], base: MessageValues = {}): MessageValues[] {
  let sets: MessageValues[] = [base];
  for (const el of elements) {
    if (el.type === 1) sets = sets.map((v) => ({ ...v, [el.value]: v[el.value] ?? `<${el.value}>` }));
    if (el.type === 6) sets = sets.flatMap((v) => [0, 1, 2, 21, 1000].flatMap((n) => Object.values(el.options!).flatMap((o) => valueSets(o.value, { ...v, [el.value]: n }))));
    if (el.type === 5) sets = sets.flatMap((v) => Object.entries(el.options!).flatMap(([option, o]) => valueSets(o.value, { ...v, [el.value]: option === 'other' ? 'something-else' : option })));
  }
  return sets;
}

const locales = compileLocales();

describe('simple messages: the same text as intl-messageformat', () => {
  for (const lang of availableLanguages()) {
    const { asts } = JSON.parse(locales[lang]!) as CompiledLocale;
    it(`fills every text, {name}, select and plural message of ${lang} as intl-messageformat does`, () => {
      let simple = 0;
      for (const [key, ast] of Object.entries(asts)) {
        const format = simpleFormat(ast, lang, key);
        if (!format) continue;
        simple++;
        const reference = new IntlMessageFormat(ast, lang, undefined, { ignoreTag: true });
        for (const values of valueSets(ast as El[])) {
          expect(format(values), key).toBe(String(reference.format(values)));
        }
      }
      expect(simple).toBeGreaterThan(50);
    });
  }

  it('leaves number formats to intl-messageformat, and says which value a message lacks', () => {
    expect(simpleFormat(new IntlMessageFormat('{n, number, percent}', 'en').getAst(), 'en', 'k')).toBeUndefined();
    const days = simpleFormat(new IntlMessageFormat('{name}: {n, plural, =0 {none} one {# day} other {# days}}', 'en').getAst(), 'en', 'k')!;
    expect([0, 1, 1500].map((n) => days({ name: 'Ana', n }))).toEqual(['Ana: none', 'Ana: 1 day', 'Ana: 1,500 days']);
    expect(() => days({ name: 'Ana' })).toThrow('needs a value for {n}');
  });
});
