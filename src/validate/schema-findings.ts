import type { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { pathText, type KeyPath, type Locator } from '../core/locator.js';
import { nearest } from '../core/did-you-mean.js';
import { valueAt } from '../core/value-at.js';
import { keyedFinding, type Text } from '../i18n/keyed-finding.js';
import { isIdIssue, isMemberReference, memberMeant, suggestedId } from './id-suggestion.js';

type Issue = z.core.$ZodIssue;

/** What a value should be, in words: `schema.expected.TYPE` in locales/*.yaml. */
const EXPECTED = new Set(['string', 'number', 'boolean', 'array', 'object']);

/** Keys whose absence has a hint of its own: `schema.missing-hint.KEY`. */
const MISSING_HINTS = new Set(['id', 'name', 'every', 'carechart', 'child', 'members']);

function describeFound(source: string, value: unknown): Text {
  if (value === null) return { key: 'schema.found.nothing' };
  if (Array.isArray(value)) return { key: 'schema.found.list' };
  if (typeof value === 'object') return { key: 'schema.found.map' };
  const written = source || String(value);
  if (typeof value === 'number') return { key: Number.isFinite(value) ? 'schema.found.number' : 'schema.found.too-large', values: { value: written } };
  if (typeof value === 'boolean') return { key: 'schema.found.boolean', values: { value: written } };
  return { key: 'schema.found.text', values: { value: written } };
}

const expected = (type: string): Text | string => (EXPECTED.has(type) ? { key: `schema.expected.${type}` } : type);

/** `keysAt`: the keys the schema takes at a key path, for "did you mean". */
export function issueToFindings(issue: Issue, keysAt: (path: KeyPath) => string[], data: unknown, locator: Locator): Finding[] {
  const path = issue.path as KeyPath;
  const key = [...path].reverse().find((s) => typeof s === 'string') ?? 'this value';
  const make = (at: KeyPath, part: 'key' | 'value', text: Text): Finding =>
    keyedFinding({ rule: 'schema', severity: 'error', subject: null, ...locator.at(at, part) }, text);
  // A schema's own message is English in the schema (team-schema.ts): shown as it is.
  const asWritten = (message: string): Text => ({ key: 'schema.as-written', values: { message } });

  if (path.length === 0 && issue.code === 'invalid_type') {
    const text: Text = data === null ? { key: 'schema.root-empty' } : { key: 'schema.root', values: { found: describeFound(locator.source([]), data) } };
    return [make([], 'value', text)];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(path);
    return issue.keys.map((k) => {
      const match = nearest(k, allowed);
      const hint: Text | string = match ? { key: 'common.did-you-mean', values: { match } } : allowed.length ? { key: 'schema.allowed', values: { keys: allowed.join(', ') } } : '';
      return make([...path, k], 'key', { key: 'schema.unknown-key', values: { key: k, hint } });
    });
  }
  const value = valueAt(data, path);
  const parent = valueAt(data, path.slice(0, -1));
  const missing = value === undefined && !(parent && typeof parent === 'object' && key in parent);
  if (missing) {
    const name = String(key);
    const text: Text = MISSING_HINTS.has(name) ? { key: 'schema.missing-hinted', values: { key: name, hint: { key: `schema.missing-hint.${name}` } } } : { key: 'schema.missing', values: { key: name } };
    // Located at the mapping that lacks the key; the path still names the key.
    const at = make(path.slice(0, -1), 'value', text);
    at.path = pathText(path);
    return [at];
  }
  const source = locator.source(path);
  // zod's own messages start "Invalid input"; a schema's own message is already in plain words.
  const custom = !issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type' && custom) return [make(path, 'value', asWritten(issue.message))];
  const name = String(key);
  if (issue.code === 'invalid_type') {
    const values = { key: name, expected: expected(issue.expected), found: describeFound(source, value) };
    if (value === null) return [make(path, 'value', { key: 'schema.empty', values })];
    const quote = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
    if (quote) return [make(path, 'value', { key: 'schema.should-be-quoted', values: { ...values, source } })];
    const colon = issue.expected === 'object' && typeof value === 'string' ? colonMissing(value, keysAt(path)) : undefined;
    return [make(path, 'value', colon ? { key: 'schema.should-be-colon', values: { ...values, ...colon } } : { key: 'schema.should-be', values })];
  }
  if (isIdIssue(issue)) {
    // A reference is only worth a suggestion when it names a member; an id of its own, in lowercase.
    const meant = isMemberReference(path) ? memberMeant(value, data) : suggestedId(value, data);
    const hint: Text | string = meant && meant !== value ? { key: 'common.did-you-mean', values: { match: meant } } : '';
    return [make(path, 'value', { key: 'schema.as-written-hinted', values: { message: issue.message, hint } })];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return [make(path, 'value', { key: 'schema.bound', values: { key: name, bound: plainBound(issue) } })];
  }
  return [make(path, 'value', asWritten(issue.message))];
}

/** `name Maya` where `name: Maya` was meant: the first word is a key allowed here. */
function colonMissing(text: string, allowed: readonly string[]): { first: string; rest: string } | undefined {
  const [first, ...rest] = text.trim().split(/\s+/);
  return first && allowed.includes(first) ? { first, rest: rest.join(' ') } : undefined;
}

function plainBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Text {
  if (issue.message && !issue.message.startsWith('Too ')) return { key: 'schema.as-written', values: { message: issue.message } };
  const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const which = issue.code === 'too_small' ? 'least' : 'most';
  return { key: issue.origin === 'array' ? `schema.list-at-${which}` : `schema.at-${which}`, values: { bound } };
}
