import type { ReportFormatter } from './report.js';
import { github } from './formatters/github.js';
import { json } from './formatters/json.js';
import { junit } from './formatters/junit.js';
import { markdown } from './formatters/markdown.js';
import { sarif } from './formatters/sarif.js';
import { stylish } from './formatters/stylish.js';

/** Report formats of `check --format`; each a pure function of the results. */
export const REPORT_FORMATS = {
  stylish,
  json,
  sarif,
  github,
  junit,
  markdown,
} satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];
