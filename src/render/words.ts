import type { Duration } from '../validate/values.js';

/** Plain-words formatting shared by the view model's parts. */

// Written out rather than through Intl.DateTimeFormat, whose time-zone data took 30 ms to load.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-11-01 → "November 1, 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

/** "every week", "every 2 weeks", "every 90 days". */
export function everyText(d: Duration): string {
  return d.count === 1 ? `every ${d.unit}` : `every ${d.count} ${d.unit}s`;
}

/** "every 2 weeks by email". */
export function updatesText(updates: { every: Duration; via?: string | undefined } | null | undefined): string | null {
  if (!updates) return null;
  const every = everyText(updates.every);
  return updates.via ? `${every} by ${updates.via}` : every;
}

let languageNames: Intl.DisplayNames | undefined;

/** "Spanish (es) — interpreter needed" for any language but English; null for English or none. */
export function interpreterNote(tag: string | null | undefined): string | null {
  if (!tag || /^en(-|$)/i.test(tag)) return null;
  let name: string | undefined;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    name = languageNames.of(tag);
  } catch {
    name = undefined; // not a tag Intl knows: print it as written
  }
  return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag}) — interpreter needed` : `${tag} — interpreter needed`;
}

/** A free id as words: "special-education" → "special education". */
export function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

// English and Spanish titles of address ("Sra. Delgado", "Dña. Rosa"), lowercase, without the period.
const HONORIFICS = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'profa', 'rev', 'sr', 'sra', 'srta', 'jr', 'doña', 'dña', 'lic', 'lcda', 'lcdo']);

/** "Ana Rivera" → "A. R."; honorifics, and lowercase particles ("de", "van") in a capitalized name, are left out. */
export function initials(name: string): string {
  const words = name
    .split(/[\s\-–—]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !HONORIFICS.has(w.toLowerCase()));
  const capitalized = (w: string) => w[0] !== w[0]!.toLowerCase();
  const kept = words.some(capitalized) ? words.filter((w) => capitalized(w) || /^\p{N}/u.test(w)) : words;
  return kept.length > 0 ? kept.map((w) => `${w[0]!.toUpperCase()}.`).join(' ') : '—';
}
