import { z } from 'zod';
import { asList, DURATION, ID_PATTERN, ISO_DATE, isRealDate, toDuration } from './value-formats.js';

/** Shared value schemas of team files, model files and config files. */

export { DURATION, ID_PATTERN, isRealDate, parseDuration, type Duration, type DurationUnit } from './value-formats.js';

export const id = z
  .string()
  .regex(ID_PATTERN, {
    error: (issue) => `"${String(issue.input)}" is not an id: use lowercase letters, digits and dashes only, like "dr-shah"`,
  });

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
  .transform(toDuration)
  .meta({ description: 'A number and a unit: "90 days", "2 weeks", "6 months", "1 year".' });

const dateError = (issue: { input?: unknown }) => `"${String(issue.input)}" is not a date: write it as YYYY-MM-DD, like 2026-11-01`;
export const isoDate = z
  .string()
  .regex(ISO_DATE, { error: dateError, abort: true })
  .refine(isRealDate, { error: dateError })
  .meta({ description: 'A date, YYYY-MM-DD.' });

/** A list field that also accepts a single value. */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item)]).transform(asList as (v: z.output<T> | z.output<T>[]) => z.output<T>[]);
}
