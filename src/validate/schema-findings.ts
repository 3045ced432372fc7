import type { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { pathText, type KeyPath, type Locator } from '../core/locator.js';
import { didYouMean } from '../core/did-you-mean.js';
import { valueAt } from '../core/value-at.js';
import { isIdIssue, isMemberReference, memberMeant, suggestedId } from './id-suggestion.js';
import { keysAt } from './schema-keys.js';

type Issue = z.core.$ZodIssue;

/** Asked of whoever reads the finding (often the parent who wrote the file). */
export const SCHEMA_QUESTION = 'What should this entry say, so that nothing in it is silently lost?';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of "key: value" lines',
};

const MISSING_HINTS: Record<string, string> = {
  id: 'every member needs an id, like "jordan", that the rest of the file refers to',
  name: 'write the name as it should be printed',
  every: 'write how often, like "every: 2 weeks"',
  carechart: 'write "carechart: 1" at the top of the file',
  child: 'add a "child:" section with at least the child\'s name',
  members: 'list the people on the team under "members:"',
};

function describeFound(source: string, value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of "key: value" lines';
  if (typeof value === 'number') return `the number ${source || String(value)}${Number.isFinite(value) ? '' : ', which is too large'}`;
  if (typeof value === 'boolean') return `${source || String(value)} (read as true/false)`;
  return `"${source || String(value)}"`;
}

export function issueToFindings(issue: Issue, schema: z.ZodType, data: unknown, locator: Locator): Finding[] {
  const path = issue.path as KeyPath;
  const key = [...path].reverse().find((s) => typeof s === 'string') ?? 'this value';
  const make = (at: KeyPath, part: 'key' | 'value', message: string): Finding => ({
    rule: 'schema',
    severity: 'error',
    message,
    question: SCHEMA_QUESTION,
    subject: null,
    ...locator.at(at, part),
  });

  if (path.length === 0 && issue.code === 'invalid_type') {
    const found = data === null ? 'empty' : `${describeFound(locator.source([]), data)}, not a set of "key: value" lines`;
    return [make([], 'value', `This file is ${found}: a team file starts with "carechart: 1" and lists the child and the team`)];
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema, path);
    return issue.keys.map((k) => {
      const hint = didYouMean(k, allowed) || (allowed.length ? `; the keys allowed here are ${allowed.join(', ')}` : '');
      return make([...path, k], 'key', `Unknown key "${k}"${hint}`);
    });
  }
  const value = valueAt(data, path);
  const parent = valueAt(data, path.slice(0, -1));
  const missing = value === undefined && !(parent && typeof parent === 'object' && key in parent);
  if (missing) {
    const hint = MISSING_HINTS[String(key)];
    const message = `"${String(key)}" is missing here${hint ? `: ${hint}` : ''}`;
    // Located at the mapping that lacks the key; the path still names the key.
    return [{ ...make(path.slice(0, -1), 'value', message), path: pathText(path) }];
  }
  const source = locator.source(path);
  // zod's own messages start "Invalid input"; a schema's own message is already in plain words.
  const custom = !issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type' && custom) return [make(path, 'value', issue.message)];
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    const found = describeFound(source, value);
    let message = `"${String(key)}" should be ${expected}, but here it is ${found}`;
    if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      message += `; put it in quotes: ${String(key)}: "${source}"`;
    } else if (value === null) {
      message = `"${String(key)}" is empty; write ${expected} or leave the key out`;
    } else if (issue.expected === 'object' && typeof value === 'string') {
      message += colonHint(value, keysAt(schema, path));
    }
    return [make(path, 'value', message)];
  }
  if (isIdIssue(issue)) {
    // A reference is only worth a suggestion when it names a member; an id of its own, in lowercase.
    const meant = isMemberReference(path) ? memberMeant(value, data) : suggestedId(value, data);
    return [make(path, 'value', `${issue.message}${meant && meant !== value ? `; did you mean "${meant}"?` : ''}`)];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return [make(path, 'value', `"${String(key)}": ${plainBound(issue)}`)];
  }
  return [make(path, 'value', issue.message)];
}

/** `name Maya` where `name: Maya` was meant: the first word is a key allowed here. */
function colonHint(text: string, allowed: readonly string[]): string {
  const [first, ...rest] = text.trim().split(/\s+/);
  return first && allowed.includes(first) ? `; a colon is missing after \`${first}\`: write \`${first}: ${rest.join(' ')}\`` : '';
}

function plainBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (issue.message && !issue.message.startsWith('Too ')) return issue.message;
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  return issue.origin === 'array' ? `list ${word} ${String(bound)} item(s)` : `must be ${word} ${String(bound)}`;
}
