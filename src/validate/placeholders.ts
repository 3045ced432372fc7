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

/**
 * A test for the example text in any of the languages given: the file's own and English (a starter
 * file may be checked in either). It is run on every value of a file: lowercasing keeps a text's
 * length but for "İ", which becomes "i" and U+0307, so only texts of an example's length are read.
 */
export function placeholderTest(languages: readonly Messages[]): (value: string) => boolean {
  const texts = new Set(languages.flatMap((say) => [...textsOf(say)]));
  const lengths = [...texts].some((t) => t.includes('\u0307')) ? undefined : new Set([...texts].map((t) => t.length));
  return (value) => {
    const text = value.trim();
    return (!lengths || lengths.has(text.length)) && texts.has(text.toLowerCase());
  };
}
