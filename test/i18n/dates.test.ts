import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/i18n/load-locale.js';

const EN = loadMessages('en');

describe('Messages.date', () => {
  it('writes every day of a leap year and a plain one as Intl does in en-US', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    for (const start of ['2024-01-01', '2027-01-01', '0999-12-25']) {
      const day = new Date(`${start}T00:00:00Z`);
      for (let i = 0; i < 366; i++, day.setUTCDate(day.getUTCDate() + 1)) {
        const iso = day.toISOString().slice(0, 10);
        expect(EN.date(iso), iso).toBe(intl.format(day));
      }
    }
  });
});
