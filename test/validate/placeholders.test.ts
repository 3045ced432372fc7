import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-locale.js';
import { PLACEHOLDERS, placeholderTest } from '../../src/validate/placeholders.js';

const en = loadMessages('en');
const es = loadMessages('es');

describe('placeholderTest', () => {
  const isPlaceholder = placeholderTest([es, en]);

  it('finds each example text of each language given, in any case and with spaces around it', () => {
    for (const say of [en, es]) {
      for (const key of Object.values(PLACEHOLDERS)) {
        const text = say.t(key);
        expect(isPlaceholder(text), text).toBe(true);
        expect(isPlaceholder(`  ${text.toUpperCase()}\n`), text).toBe(true);
      }
    }
  });

  it('passes over other text, of the same length or not, and the languages not given', () => {
    expect(isPlaceholder('Your nome')).toBe(false);
    expect(isPlaceholder('Your names')).toBe(false);
    expect(isPlaceholder('')).toBe(false);
    expect(placeholderTest([es])(en.t(PLACEHOLDERS.yourName))).toBe(false);
  });
});
