/**
 * The formats of ids, durations and dates: plain functions, shared by the schemas and the fast
 * validator generated from them (scripts/fast-validator.ts knows these by name).
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** At most four digits: a cadence of 10,000 units is a typo, and would overflow date arithmetic. */
export const DURATION = /^\s*(\d{1,4})\s*(day|week|month|year)s?\s*$/;
export type DurationUnit = 'day' | 'week' | 'month' | 'year';
export interface Duration {
  count: number;
  unit: DurationUnit;
  text: string;
}

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  return { count: Number(m[1]), unit: m[2]!.toLowerCase() as DurationUnit, text: text.trim() };
}

/** A text the DURATION pattern has matched, as a Duration. */
export function toDuration(text: string): Duration {
  return parseDuration(text)!;
}

/** One value or a list of them, as a list. */
export function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC reads years 0-99 as 1900-1999: the year is set on its own.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
