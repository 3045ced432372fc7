import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';
import { availableLanguages, loadMessages } from '../../src/i18n/load-locale.js';
import { CATALOG_FIELDS, catalogKey } from '../../src/resolve/localize-model.js';
import { isPlain, type Messages } from '../../src/i18n/messages.js';
import { BUILTIN_MODELS, loadModel } from '../../src/resolve/load-model.js';

const EN = loadMessages('en');
const OTHERS = availableLanguages().filter((l) => l !== 'en');
const table = (m: Messages) => (m as unknown as { table: Record<string, string> }).table;
const enKeys = Object.keys(table(EN));

/** Keys that only another language has: its words for the built-in catalogs (English is models/*.yaml). */
const CATALOG = /^(catalog|model)\./;

/** Values that are the same words in Spanish, by key: kept short on purpose. */
const SAME_IN = { es: new Set(['report.severity.error', 'chart.gaps.summary', 'catalog.responsibilities.crisis-plan.area', 'intl.list', 'intl.date', 'schema.as-written', 'schema.as-written-hinted', 'schema.bound', 'schema.found.text', 'explain.family-side']) } as Record<string, Set<string>>;

/** English words that never belong in another language's message. */
const ENGLISH = /\b(the|and|who|with|is|are|of|to|for|has|have|nobody|should|file|plan review|ask|yet|when|what|how|every|this|that|there|written|down|fix|team)\b/i;
/** Words a Spanish message may keep as written: ids and field names, and terms US families use as they are. */
const KEPT = /\b(IEP|email|conflict-safeguard|program\.review\.every|responsible|agree|team|youth|accountable|carechart \w+|schema|explain|check|render|ID|days)\b|"[^"]*"|`[^`]*`/g;

/** Every argument a message names: {name}, {count, plural, ...}, {x, select, ...}, and those inside their options. */
function argumentsOf(text: string, lang: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type >= 1 && el.type <= 6 && el.value) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe('the locales', () => {
  it('are en and at least one other language, each a file in locales/', () => {
    expect(availableLanguages()).toContain('en');
    expect(OTHERS).toContain('es');
  });

  it.each(['en', ...OTHERS])('%s: every message is valid ICU, and plain ones take the fast path correctly', (lang) => {
    for (const [key, text] of Object.entries(table(loadMessages(lang)))) {
      expect(() => argumentsOf(text, lang), `${lang}: ${key}`).not.toThrow();
      if (isPlain(text)) {
        const values = Object.fromEntries(argumentsOf(text, lang).map((a) => [a, `<${a}>`]));
        expect(loadMessages(lang).t(key, values), `${lang}: ${key}`).toBe(new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).format(values));
      }
    }
  });

  describe.each(OTHERS)('%s', (lang) => {
    const other = table(loadMessages(lang));

    it('has every key of en, and no key en lacks but the catalogs', () => {
      expect(enKeys.filter((k) => !(k in other)), 'missing').toEqual([]);
      expect(Object.keys(other).filter((k) => !(k in table(EN)) && !CATALOG.test(k)), 'unknown').toEqual([]);
    });

    it("fills in the same placeholders as en's message of the same key", () => {
      for (const key of enKeys) expect(argumentsOf(other[key]!, lang), key).toEqual(argumentsOf(table(EN)[key]!, 'en'));
    });

    it('leaves no message in English', () => {
      const same = SAME_IN[lang] ?? new Set();
      for (const [key, text] of Object.entries(other)) {
        if (same.has(key)) continue;
        expect(text, key).not.toBe(table(EN)[key]);
        const words = text.replace(/\{[^{}]*\}/g, ' ').replace(KEPT, ' ');
        expect(words, `${key}: ${text}`).not.toMatch(ENGLISH);
      }
    });

    it.each(BUILTIN_MODELS)('translates every word the %s catalog prints', async (name) => {
      const load = await loadModel(name, process.cwd());
      if (!load.ok) throw new Error(load.message);
      const { model } = load;
      const messages = loadMessages(lang);
      expect(catalogKey(messages, model.id, 'model', model.id, 'label'), 'label').toBeDefined();
      for (const kind of Object.keys(CATALOG_FIELDS) as (keyof typeof CATALOG_FIELDS)[]) {
        for (const id of model[kind].keys()) {
          for (const field of CATALOG_FIELDS[kind]) expect(catalogKey(messages, model.id, kind, id, field), `${kind}.${id}.${field}`).toBeDefined();
        }
      }
    });
  });
});

describe('the keys the code uses', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const sources = [...files('src'), ...files('templates')].filter((f) => /\.(ts|hbs)$/.test(f));

  it('are all in en (a key written in the code or a template that no locale has fails here, not at a family)', () => {
    const used = new Set<string>();
    for (const file of sources) {
      // Comments may show a key as an example; only code and templates count.
      const text = readFileSync(file, 'utf8').replace(/^\s*(?:\*|\/\/).*$/gm, '');
      for (const m of text.matchAll(/say\.t\(\s*'([a-z][\w.-]*)'/g)) used.add(m[1]!);
      // A file's shorthand `t('key')` for `say.t(\`PREFIX.${key}\`)`.
      const prefix = /say\.t\(`([a-z][\w.-]*)\.\$\{key\}`/.exec(text)?.[1];
      if (prefix) for (const m of text.matchAll(/(?<![.\w])t\(\s*'([a-z][\w.-]*)'/g)) used.add(`${prefix}.${m[1]!}`);
      for (const m of text.matchAll(/\{\{t "([a-z][\w.-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter((k) => !EN.has(k));
    expect(missing).toEqual([]);
  });

  it('include each rule\'s question, and each severity and expectation the code composes keys from', () => {
    for (const rule of RULES) expect(EN.has(`rule.${rule.id}.question`), rule.id).toBe(true);
    for (const s of ['error', 'warning', 'info']) {
      expect(EN.has(`report.severity.${s}`)).toBe(true);
      expect(EN.has(`chart.gaps.level.${s}`)).toBe(true);
    }
    for (const e of ['required', 'recommended', 'optional']) expect(EN.has(`init.${e}`)).toBe(true);
  });

  it('a key nobody wrote is an error, never English in its place', () => {
    expect(() => loadMessages('es').t('chart.no-such-key')).toThrow(/locales\/es\.yaml has no message "chart.no-such-key"/);
  });
});
