import type { FileResult } from '../core/finding.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';

/** What every report formatter gets besides the results. */
export interface ReportContext {
  cwd: string;
  colors: Colors;
  version: string;
  /**
   * What CI reports (github, sarif, junit) give paths relative to: the repository's top folder
   * (or `--base-dir`), so that annotations land on the right file whatever the working folder.
   * The working folder when left out.
   */
  root?: string;
  /** Seconds each file took, by its `file` as in the results: JUnit's `time`. */
  seconds?: ReadonlyMap<string, number>;
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
