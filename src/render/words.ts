import type { Messages } from '../i18n/messages.js';
import type { Duration } from '../validate/values.js';

/** Plain-words formatting shared by the view model's parts, in the run's language. */

/** "every week", "every 2 weeks", "every 90 days". */
export function everyText(d: Duration, say: Messages): string {
  return say.t('chart.team.updates-every', { unit: d.unit, count: d.count });
}

/** "every 2 weeks by email". */
export function updatesText(updates: { every: Duration; via?: string | undefined } | null | undefined, say: Messages): string | null {
  if (!updates) return null;
  const every = everyText(updates.every, say);
  return updates.via ? say.t('chart.team.updates-via', { every, via: updates.via }) : every;
}

/**
 * "Spanish (es) — interpreter needed" for any language but English (the team's meetings are in
 * English whatever the chart's language), in the chart's language; null for English or none.
 */
export function interpreterNote(tag: string | null | undefined, say: Messages): string | null {
  if (!tag || /^en(-|$)/i.test(tag)) return null;
  const name = say.languageName(tag); // a tag Intl cannot name is printed as written
  return name && name.toLowerCase() !== tag.toLowerCase()
    ? say.t('chart.team.interpreter', { language: name, tag })
    : say.t('chart.team.interpreter-tag', { tag });
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
