import { describe, expect, it } from 'vitest';
import { unicodeWords, words } from '../../src/resolve/infer-role.js';

describe('title words', () => {
  it('reads every Latin-1 character as the Unicode tables do, alone and between letters', () => {
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}${ch} X${ch}`]) expect([c, words(text)]).toEqual([c, unicodeWords(text)]);
    }
  });

  it('drops accents and case, keeps letters of every script, splits on the rest', () => {
    expect(words('Mamá / Coordinadora de ATENCIÓN')).toEqual(['mama', 'coordinadora', 'de', 'atencion']);
    expect(words('Straße, Ærø № 2½')).toEqual(unicodeWords('Straße, Ærø № 2½'));
    expect(words('Trabajadora Social — Lê Thị Hoa')).toEqual(['trabajadora', 'social', 'le', 'thi', 'hoa']);
    expect(words('אחות בית הספר')).toEqual(['אחות', 'בית', 'הספר']);
  });
});
