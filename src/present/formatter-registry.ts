import type { ReportFormatter } from './report.js';
import { json } from './formatters/json.js';
import { stylish } from './formatters/stylish.js';

/** Report formats of `check --format`; each a pure function of the results. */
export const REPORT_FORMATS = {
  stylish,
  json,
} satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];
