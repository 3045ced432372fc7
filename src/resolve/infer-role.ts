import type { Model } from './model.js';

export type RoleSource = 'declared' | 'title' | 'default';

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
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

/**
 * The role a title names under the model's aliases: case and punctuation ignored, whole words only,
 * the longest alias wins ("IEP Case Manager" is school staff, not a case manager).
 */
export function roleFromTitle(model: Model, title: string): string | undefined {
  const titleWords = words(title);
  let best: { role: string; length: number } | undefined;
  for (const role of model.roles.values()) {
    for (const alias of role.aliases) {
      const aliasWords = words(alias);
      const length = aliasWords.join(' ').length;
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
