import type { FileResult, Severity } from '../analyze/finding.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';

/** What every report formatter gets besides the results. */
export interface ReportContext {
  cwd: string;
  colors: Colors;
  version: string;
  /** The run's language (`--lang`): the report's own words. */
  say: Messages;
}

export type ReportFormatter = (results: readonly FileResult[], context: ReportContext) => string;

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function totals(results: readonly FileResult[]): Totals {
  return {
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    infoCount: results.reduce((n, r) => n + r.infoCount, 0),
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
