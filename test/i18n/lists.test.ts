import { describe, expect, it } from 'vitest';
import { availableLanguages, loadMessages } from '../../src/i18n/load-locale.js';
import { listJoiner } from '../../src/i18n/list-words.js';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúüñÁÉÍÓÚÜÑìîïÌÎÏİıýÿ'];
const AFTER = [...'aAeEiIoOuUhHíÍyY ', ''];

/** Names starting with every letter, and every start of two and three letters that "i", "hi", "hie"… could turn on. */
function names(): string[] {
  const out = [''];
  for (const first of [...LETTERS, ' ', '¡', '"', '1']) out.push(`${first}na`, first);
  for (const a of AFTER) for (const b of AFTER) for (const first of 'hHiIyY') out.push(`${first}${a}${b}`, `${first}${a}${b}lda`);
  return out.concat(['Inés', 'Hilda', 'Hielo', 'Hiato', 'Ibáñez', 'Íñigo', 'Ana María', 'de la Cruz']);
}

describe('Messages.list', () => {
  const all = names();
  for (const lang of availableLanguages()) {
    it(`joins lists of 0 to 6 names as Intl.ListFormat does for ${lang}`, () => {
      const messages = loadMessages(lang);
      const intl = new Intl.ListFormat(messages.t('intl.list'), { style: 'long', type: 'conjunction' });
      for (let length = 0; length <= 6; length++) {
        for (let i = 0; i < all.length; i++) {
          // The last name varies fastest: it is the one the joining word before it may depend on.
          const items = Array.from({ length }, (_, k) => all[(i * (k + 3) + k) % all.length]!);
          if (length > 0) items[length - 1] = all[i]!;
          expect(messages.list(items), JSON.stringify(items)).toBe(intl.format(items));
        }
      }
    });
  }

  it('leaves a list locale that list-words.ts does not have to Intl.ListFormat', () => {
    const items = ['Anne', 'Inès', 'Hugo'];
    expect(listJoiner('fr')(items)).toBe(new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' }).format(items));
  });
});
