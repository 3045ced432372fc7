import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { availableLanguages, type CompiledLocale } from '../../src/i18n/load-locale.js';
import type { MessageValues } from '../../src/i18n/messages.js';
import { simpleFormat } from '../../src/i18n/simple-message.js';
import { compileLocales } from '../../src/i18n/compile-locales.js';

type El = { type: number; value: string; options?: Record<string, { value: El[] }> };

/** Every way through a message's selects: one set of values each, with its words as values. */
function valueSets(elements: El[], base: MessageValues = {}): MessageValues[] {
  let sets: MessageValues[] = [base];
  for (const el of elements) {
    if (el.type === 1) sets = sets.map((v) => ({ ...v, [el.value]: v[el.value] ?? `<${el.value}>` }));
    if (el.type === 5) sets = sets.flatMap((v) => Object.entries(el.options!).flatMap(([option, o]) => valueSets(o.value, { ...v, [el.value]: option === 'other' ? 'something-else' : option })));
  }
  return sets;
}

const locales = compileLocales();

describe('simple messages: the same text as intl-messageformat', () => {
  for (const lang of availableLanguages()) {
    const { asts } = JSON.parse(locales[lang]!) as CompiledLocale;
    it(`fills every text, {name} and select message of ${lang} as intl-messageformat does`, () => {
      let simple = 0;
      for (const [key, ast] of Object.entries(asts)) {
        const format = simpleFormat(ast, key);
        if (!format) continue;
        simple++;
        for (const values of valueSets(ast as El[])) {
          expect(format(values), key).toBe(String(new IntlMessageFormat(ast, lang, undefined, { ignoreTag: true }).format(values)));
        }
      }
      expect(simple).toBeGreaterThan(50);
    });
  }

  it('leaves plural to intl-messageformat, and says which value a message lacks', () => {
    const ast = new IntlMessageFormat('{n, plural, one {# day} other {# days}}', 'en').getAst();
    expect(simpleFormat(ast, 'k')).toBeUndefined();
    const select = simpleFormat(new IntlMessageFormat('{name} is {kind, select, a {an a} other {other}}', 'en').getAst(), 'k')!;
    expect(select({ name: 'Ana', kind: 'a' })).toBe('Ana is an a');
    expect(() => select({ name: 'Ana' })).toThrow('needs a value for {kind}');
  });
});
