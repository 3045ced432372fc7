import type { Model } from './model.js';

export type RoleSource = 'declared' | 'title' | 'default';

// ASCII text (nearly every title) needs no Unicode tables: compiling \p{L} costs a run 3 ms.
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/^[\x00-\x7f]*$/.test(text) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

function contains(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** An alias's words, worked out once per run rather than once per member. */
const aliases = new Map<string, { aliasWords: string[]; length: number }>();
function aliasOf(alias: string) {
  let found = aliases.get(alias);
  if (!found) {
    const aliasWords = words(alias);
    aliases.set(alias, (found = { aliasWords, length: aliasWords.join(' ').length }));
  }
  return found;
}

/**
 * The role a title names under the model's aliases: case and punctuation ignored, whole words only,
 * the longest alias wins ("IEP Case Manager" is school staff, not a case manager).
 */
export function roleFromTitle(model: Model, title: string): string | undefined {
  let known = byTitle.get(model.roles);
  if (!known) byTitle.set(model.roles, (known = new Map()));
  if (known.has(title)) return known.get(title);
  const role = inferRole(model, title);
  if (known.size < MAX_TITLES) known.set(title, role);
  return role;
}

/** Titles repeat from file to file: each is worked out once per model and run. */
const byTitle = new WeakMap<Model['roles'], Map<string, string | undefined>>();
const MAX_TITLES = 10_000;

function inferRole(model: Model, title: string): string | undefined {
  const titleWords = words(title);
  let best: { role: string; length: number } | undefined;
  for (const role of model.roles.values()) {
    for (const alias of role.aliases) {
      const { aliasWords, length } = aliasOf(alias);
      if (contains(titleWords, aliasWords) && (!best || length > best.length)) best = { role: role.id, length };
    }
  }
  return best?.role;
}

/** The declared role, else the one the title names, else the generic `provider`. */
export function resolveRole(model: Model, role: string | undefined, title: string | undefined): { role: string; source: RoleSource } {
  if (role && model.roles.has(role)) return { role, source: 'declared' };
  const fromTitle = title ? roleFromTitle(model, title) : undefined;
  if (fromTitle) return { role: fromTitle, source: 'title' };
  return { role: 'provider', source: 'default' };
}
