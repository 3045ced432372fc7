import { IntlMessageFormat } from 'intl-messageformat';
import { listJoiner, type JoinList } from './list-words.js';
import { simpleFormat, type Format } from './simple-message.js';

/**
 * intl-messageformat resolves each message's locale through Intl.NumberFormat.supportedLocalesOf,
 * whose locale data costs a `check` run 12 ms, only to parse a message: carechart's come parsed
 * (dist/locales) and its languages are the locale files it has. Intl.Locale alone costs 0.1 ms.
 */
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? locales[0]! : (locales as string));

/** A message as intl-messageformat parses it: what scripts/build.mjs stores in dist/locales. */
export type MessageAst = ConstructorParameters<typeof IntlMessageFormat>[0];

/** Values a message's placeholders take: names, counts, and the words of `select`. */
export type MessageValues = Record<string, string | number>;

/** A message key that no locale file holds: a bug of carechart, caught by test/i18n, never shown as English. */
export class MissingMessage extends Error {
  constructor(lang: string, key: string) {
    super(`locales/${lang}.yaml has no message "${key}"`);
  }
}

/**
 * One language's messages, read from locales/LANG.yaml: each made ready once, when first used
 * (plain text and names without a parse; select and plural from the syntax tree dist/locales
 * holds; anything else by intl-messageformat); lists by list-words.ts, dates by Intl.
 */
export class Messages {
  private readonly formats = new Map<string, Format>();
  private lists: JoinList | undefined;
  private dates: Intl.DateTimeFormat | undefined;
  private languages: Intl.DisplayNames | undefined;

  constructor(
    readonly lang: string,
    private readonly table: Readonly<Record<string, string>>,
    private readonly asts: Readonly<Record<string, MessageAst>> = {},
  ) {}

  has(key: string): boolean {
    return Object.hasOwn(this.table, key);
  }

  /** The message `key` with its placeholders filled in. */
  t(key: string, values?: MessageValues): string {
    let format = this.formats.get(key);
    if (!format) this.formats.set(key, (format = this.compile(key)));
    return format(values);
  }

  private compile(key: string): Format {
    if (!this.has(key)) throw new MissingMessage(this.lang, key);
    const text = this.table[key]!;
    if (isPlain(text)) return plainFormat(text, key);
    const ast = this.asts[key];
    const simple = ast && simpleFormat(ast, this.lang, key);
    if (simple) return simple;
    const format = new IntlMessageFormat(ast ?? text, this.lang, undefined, { ignoreTag: true });
    return (values) => String(format.format(values));
  }

  /** "Ana and Luis", "Ana, Luis and Rosa"; in Spanish "Ana y Luis". */
  list(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    // The locale's own choice of Intl locale for lists: en-GB keeps carechart's English without the serial comma.
    this.lists ??= listJoiner(this.t('intl.list'));
    return this.lists(items);
  }

  /** 2026-11-01 → "November 1, 2026" / "1 de noviembre de 2026". The date is a calendar day: read and printed in UTC. */
  date(iso: string): string {
    this.dates ??= new Intl.DateTimeFormat(this.t('intl.date'), { dateStyle: 'long', timeZone: 'UTC' });
    return this.dates.format(new Date(`${iso}T00:00:00Z`));
  }

  /** "es" → "Spanish" / "español"; undefined for a tag Intl does not know or cannot name. */
  languageName(tag: string): string | undefined {
    this.languages ??= new Intl.DisplayNames([this.lang], { type: 'language', fallback: 'none' });
    try {
      return this.languages.of(tag);
    } catch {
      return undefined; // not a well-formed tag
    }
  }
}

/** Text with `{name}` placeholders at most: no plural, select, number or quoting. */
export function isPlain(text: string): boolean {
  return /^(?:[^{}']|'(?![{}'#])|\{[A-Za-z][\w-]*\})*$/.test(text);
}

/** A plain text's parts made once: text, then each placeholder's name followed by the text after it. */
function plainFormat(text: string, key: string): Format {
  const parts = text.split(/\{([A-Za-z][\w-]*)\}/);
  if (parts.length === 1) return () => text;
  return (values) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = values?.[parts[i]!];
      if (value === undefined) throw new Error(`message "${key}" needs a value for {${parts[i]}}`);
      out += String(value) + parts[i + 1];
    }
    return out;
  };
}
