import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { IntlMessageFormat } from 'intl-messageformat';
import { availableLanguages, flattenLocale, localesDir, type CompiledLocale } from './load-locale.js';

/**
 * Each locale as dist/locales/LANG.json (scripts/build.mjs): flattened, with the syntax tree of
 * every message that has placeholders, so that a run neither parses YAML nor ICU.
 */
export function compileLocales(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of availableLanguages()) {
    const source = readFileSync(join(localesDir(), `${lang}.yaml`), 'utf8');
    const table = flattenLocale(parse(source));
    const asts: CompiledLocale['asts'] = {};
    for (const [key, text] of Object.entries(table)) {
      if (/[{}]/.test(text)) asts[key] = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst();
    }
    out[lang] = JSON.stringify({ source, table, asts } satisfies CompiledLocale);
  }
  return out;
}
