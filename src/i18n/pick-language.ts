import { UsageError } from '../core/exit-codes.js';
import { availableLanguages, DEFAULT_LANG } from './load-locale.js';

let known: readonly string[] | undefined;

function languages(): readonly string[] {
  return (known ??= availableLanguages());
}

/**
 * The language of a file's chart and findings: `--lang` wins over the team file's `lang`, which
 * wins over the config's; English otherwise. A team file or config may name a language there is
 * no locale for yet (the family's language): it is passed over for the next choice.
 */
export function pickLanguage(...choices: (string | undefined)[]): string {
  return choices.find((c) => c !== undefined && languages().includes(c)) ?? DEFAULT_LANG;
}

/** `--lang xx` for a language there is no file for: exit status 2, naming the languages there are. */
export function checkLanguage(lang: string | undefined): void {
  if (lang === undefined || languages().includes(lang)) return;
  throw new UsageError(`There is no "${lang}" language in carechart: the languages available are ${languages().join(', ')}`);
}
