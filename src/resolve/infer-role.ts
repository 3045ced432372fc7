import type { Role } from './model-schema.js';
import type { Model } from './model.js';

/** Where a member's role came from: `role:` as written, the title lexicon, or neither (`provider`). */
export type RoleSource = 'written' | 'title' | 'default';

/**
 * Lowercase words without accents: "Mamá" and "MAMA" are both "mama". Latin-1 text (nearly every
 * title, and the models' Spanish words) needs no Unicode tables: compiling \p{L} costs a run 2–3 ms.
 * In Latin-1, the marks NFD splits off are all in U+0300–036F, and the letters and digits are the
 * class below (test/resolve/title-words.test.ts holds both readings to the same words).
 */
export const words = (text: string): string[] =>
  /^[\x00-\xff]*$/.test(text) ? split(text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '').toLowerCase().replace(LATIN1_NOT_WORD, ' ')) : unicodeWords(text);

const LATIN1_NOT_WORD = /[^0-9A-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]+/g;
const split = (text: string) => text.trim().split(' ').filter(Boolean);

/** The same words through the Unicode tables, for any text. */
export const unicodeWords = (text: string): string[] => split(text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));

/** Every phrase of a role's title lexicon, all languages, in the order the model lists them. */
export function rolePhrases(role: Pick<Role, 'aliases'>): string[] {
  return Array.isArray(role.aliases) ? role.aliases : Object.values(role.aliases).flat();
}

function contains(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

interface Phrase {
  role: string;
  words: string[];
  joined: string;
}

/** The model's lexicon as words, in the order listed: worked out once per model and run. */
const lexicons = new WeakMap<Model['roles'], Phrase[]>();
function lexicon(model: Model): Phrase[] {
  let phrases = lexicons.get(model.roles);
  if (!phrases) {
    phrases = [...model.roles.values()].flatMap((role) =>
      rolePhrases(role).map((phrase) => {
        const phraseWords = words(phrase);
        return { role: role.id, words: phraseWords, joined: phraseWords.join(' ') };
      }),
    );
    lexicons.set(model.roles, phrases);
  }
  return phrases;
}

/** Titles repeat from file to file: each is worked out once per model and run. */
const byTitle = new WeakMap<Model['roles'], Map<string, string | undefined>>();
const MAX_TITLES = 10_000;

/**
 * The role a title names under the model's lexicon: whole words, case and accents ignored; the
 * phrase covering the most words wins ("IEP Case Manager" is school staff, not a case manager),
 * a tie goes to the phrase listed first.
 */
export function roleFromTitle(model: Model, title: string): string | undefined {
  let known = byTitle.get(model.roles);
  if (!known) byTitle.set(model.roles, (known = new Map()));
  if (known.has(title)) return known.get(title);
  const titleWords = words(title);
  let best: Phrase | undefined;
  for (const phrase of lexicon(model)) {
    if ((!best || phrase.words.length > best.words.length) && contains(titleWords, phrase.words)) best = phrase;
  }
  if (known.size < MAX_TITLES) known.set(title, best?.role);
  return best?.role;
}

/** The role whose lexicon holds `written` as a whole phrase: `role: mother` means `parent`. */
export function roleFromAlias(model: Model, written: string): string | undefined {
  const joined = words(written).join(' ');
  return lexicon(model).find((p) => p.joined === joined)?.role;
}

/** `role:` as written (a role id, or a phrase of the lexicon), else the one the title names, else `provider`. */
export function resolveRole(model: Model, role: string | undefined, title: string | undefined): { role: string; source: RoleSource } {
  if (role && model.roles.has(role)) return { role, source: 'written' };
  const alias = role ? roleFromAlias(model, role) : undefined;
  if (alias) return { role: alias, source: 'written' };
  const fromTitle = title ? roleFromTitle(model, title) : undefined;
  if (fromTitle) return { role: fromTitle, source: 'title' };
  return { role: 'provider', source: 'default' };
}
