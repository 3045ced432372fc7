import { readdirSync, readFileSync } from 'node:fs';
import { createRequire as requireFrom } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { Messages, type MessageAst } from './messages.js';

/**
 * locales/LANG.yaml is the source: nested maps whose leaves are ICU messages, read as dotted keys
 * (`rule.crisis-backup-missing.question`). scripts/build.mjs flattens each into
 * dist/locales/LANG.json, used while the YAML beside it is still the text it was made from.
 */
export interface CompiledLocale {
  source: string;
  table: Record<string, string>;
  /** The parsed message of each key with placeholders: intl-messageformat takes it as it is. */
  asts: Record<string, MessageAst>;
}

export const DEFAULT_LANG = 'en';

export function localesDir(): string {
  return join(packageRoot(), 'locales');
}

/** The languages there is a file for, sorted: adding a language is adding a file. */
export function availableLanguages(): string[] {
  return readdirSync(localesDir())
    .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.yaml$/.test(f))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Nested maps to dotted keys; every leaf must be text. */
export function flattenLocale(data: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`locale entry "${prefix}" is not a map of messages`);
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flattenLocale(value, path, out);
  }
  return out;
}

const loaded = new Map<string, Messages>();

/** One language's messages, read once per process; only the languages a run uses are read. */
export function loadMessages(lang: string): Messages {
  let messages = loaded.get(lang);
  if (!messages) loaded.set(lang, (messages = read(lang)));
  return messages;
}

function read(lang: string): Messages {
  const source = readFileSync(join(localesDir(), `${lang}.yaml`), 'utf8');
  try {
    const compiled = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'locales', `${lang}.json`), 'utf8')) as CompiledLocale;
    if (compiled.source === source) return new Messages(lang, compiled.table, compiled.asts);
  } catch {
    // Not built, or built from another text: read the YAML itself.
  }
  // Synchronous, and only without a build: yaml is not loaded by a run that has its compiled locale.
  const { parse } = requireFrom(import.meta.url)('yaml') as typeof import('yaml');
  return new Messages(lang, flattenLocale(parse(source)));
}
