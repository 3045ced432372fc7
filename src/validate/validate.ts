import type { z } from 'zod';
import type { Finding } from '../core/finding.js';
import type { Locator } from '../core/locator.js';
import { valueAt } from '../core/value-at.js';
import { isIdIssue, suggestedId } from './id-suggestion.js';
import { issueToFindings } from './schema-findings.js';
import { keysAt } from './schema-keys.js';

export interface Validated<T> {
  /** The valid part of the data: what remains once every invalid entry is set aside. */
  value: T | undefined;
  findings: Finding[];
}

const MAX_REPAIRS = 25;

type Issue = z.core.$ZodIssue;
/** A schema's answer for some data: its value, or zod's issues. */
export type Answer<T> = { ok: true; value: T } | { ok: false; issues: readonly Issue[] };

/** What validating asks of a schema. `check`: undefined where only zod can tell. */
export interface Checker<T> {
  check(data: unknown): Answer<T> | undefined;
  keysAt(path: readonly PropertyKey[]): string[];
}

/**
 * zod's checker for a schema. `fast`: the schema's generated validator (zod's value or undefined),
 * tried first on each repaired copy.
 */
function zodChecker<S extends z.ZodType>(schema: S, fast?: (data: unknown) => z.output<S> | undefined): Checker<z.output<S>> {
  return {
    check(data) {
      const value = fast?.(data);
      if (value !== undefined) return { ok: true, value };
      const result = schema.safeParse(data);
      return result.success ? { ok: true, value: result.data } : { ok: false, issues: result.error.issues };
    },
    keysAt: (path) => keysAt(schema, path),
  };
}

export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  locator: Locator,
  fallbacks: Record<string, unknown> = {},
  fast?: (data: unknown) => z.output<S> | undefined,
): Validated<z.output<S>> {
  return validateWith(zodChecker(schema, fast), data, locator, fallbacks)!;
}

/**
 * Validates, reports every issue once, then sets the invalid parts aside and validates again, so
 * that one wrong value never hides the reference and rule problems elsewhere in the file.
 * Undefined when the checker cannot tell, in any round: zod's checker then says.
 */
export function validateWith<T>(checker: Checker<T>, data: unknown, locator: Locator, fallbacks: Record<string, unknown> = {}): Validated<T> | undefined {
  let answer = checker.check(data);
  if (!answer) return undefined;
  if (answer.ok) return { value: answer.value, findings: [] };
  const findings = answer.issues.flatMap((issue) => issueToFindings(issue, checker.keysAt, data, locator));
  // A copy of every value, aliases included: setting one wrong entry aside never touches the data as read.
  const working: unknown = treeCopy(data);
  for (let round = 0; round < MAX_REPAIRS && !answer.ok; round++) {
    if (!repair(working, answer.issues, fallbacks)) break;
    answer = checker.check(working);
    if (!answer) return undefined;
  }
  return { value: answer.ok ? answer.value : undefined, findings };
}

/** Removes what each issue points at; a missing required key takes its parent entry with it. */
function repair(data: unknown, issues: readonly Issue[], fallbacks: Record<string, unknown>): boolean {
  if (data === null || typeof data !== 'object') return false;
  let changed = false;
  const doomed: PropertyKey[][] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const target = valueAt(data, path) as Record<string, unknown>;
      for (const k of issue.keys) delete target[k];
      changed = true;
      continue;
    }
    const value = valueAt(data, path);
    if (issue.code === 'invalid_type' && issue.expected === 'string' && ['number', 'boolean'].includes(typeof value)) {
      // A phone number written without quotes still says how to reach someone: keep it as text.
      (valueAt(data, path.slice(0, -1)) as Record<PropertyKey, unknown>)[path.at(-1)!] = String(value);
      changed = true;
      continue;
    }
    const meant = isIdIssue(issue) ? suggestedId(value, data) : undefined;
    if (meant && path.length > 0) {
      // An id in another case, or a member's name: read as the id it means, so that one slip is one
      // finding, not a member set aside and every duty it holds reported unassigned.
      (valueAt(data, path.slice(0, -1)) as Record<PropertyKey, unknown>)[path.at(-1)!] = meant;
      changed = true;
      continue;
    }
    const missing = value === undefined;
    const key = String(path[0]);
    if (missing && path.length === 1 && key in fallbacks) {
      (data as Record<string, unknown>)[key] = treeCopy(fallbacks[key]);
      changed = true;
      continue;
    }
    const target = missing ? path.slice(0, -1) : path;
    if (target.length > 0 && !doomed.some((p) => p.join('\0') === target.join('\0'))) doomed.push(target);
  }
  // Deepest and highest index first, so that removing one entry never shifts another.
  doomed.sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)));
  for (const path of doomed) {
    const parent = valueAt(data, path.slice(0, -1));
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<PropertyKey, unknown>)[last];
    else continue;
    changed = true;
  }
  return changed;
}

/** A deep copy in which no two places share an object (structuredClone keeps an alias's sharing). */
function treeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(treeCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: treeCopy(v), enumerable: true, writable: true, configurable: true });
  return copy;
}
