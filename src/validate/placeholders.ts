import type { Messages } from '../i18n/messages.js';

/**
 * The example values `carechart init` writes for a family to replace, by their keys in
 * locales/*.yaml: one list, read by the starter file that writes them and by `placeholder-left`,
 * which finds them still in place.
 */
export const PLACEHOLDERS = {
  childName: 'init.child-name',
  programName: 'init.program-name',
  yourName: 'init.your-name',
  agency: 'init.their-agency',
} as const;

const known = new WeakMap<Messages, Set<string>>();

function textsOf(say: Messages): Set<string> {
  let set = known.get(say);
  if (!set) known.set(say, (set = new Set(Object.values(PLACEHOLDERS).map((key) => say.t(key).toLowerCase()))));
  return set;
}

/** The example text in any of the languages given, lowercase: the file's own and English (a starter file may be checked in either). */
export function placeholderTexts(languages: readonly Messages[]): ReadonlySet<string> {
  return new Set(languages.flatMap((say) => [...textsOf(say)]));
}
