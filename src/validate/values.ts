import { z } from 'zod';

/** Shared value schemas of team files, model files and config files. */

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const id = z
  .string()
  .regex(ID_PATTERN, {
    error: (issue) => `"${String(issue.input)}" is not an id: use lowercase letters, digits and dashes only, like "dr-shah"`,
  });

/** At most four digits: a cadence of 10,000 units is a typo, and would overflow date arithmetic. */
const DURATION = /^\s*(\d{1,4})\s*(day|week|month|year)s?\s*$/;
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

export const duration = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `${issue.input} needs a unit: write it like "${issue.input} days", "${issue.input} weeks" or "${issue.input} months"`
        : 'write a duration: a number and a unit, like "90 days" or "2 weeks"',
  })
  .regex(DURATION, {
    error: (issue) => `"${String(issue.input)}" is not a duration: write a number and a unit, like "90 days", "2 weeks" or "6 months"`,
  })
  .transform((text) => parseDuration(text)!)
  .meta({ description: 'A number and a unit: "90 days", "2 weeks", "6 months", "1 year".' });

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const dateError = (issue: { input?: unknown }) => `"${String(issue.input)}" is not a date: write it as YYYY-MM-DD, like 2026-11-01`;
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: dateError })
  .refine(isRealDate, { error: dateError })
  .meta({ description: 'A date, YYYY-MM-DD.' });

/** A list field that also accepts a single value. */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}
