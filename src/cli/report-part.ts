import type { RunError, TeamCheck } from '../analyze/check-team-file.js';
import { fileResult, type FileResult } from '../analyze/finding.js';
import type { Messages } from '../i18n/messages.js';
import { colors } from '../present/colors.js';
import type { ReportFormat } from '../present/formatter-registry.js';
import type { Totals } from '../present/report.js';
import { REPORT_STREAMS } from '../present/report-stream.js';

/** How a run reports. */
export interface ReportHow {
  format: ReportFormat;
  /** The report is written a file at a time (a format with a stream, and no --output). */
  streamed: boolean;
  colors: boolean;
  quiet: boolean;
  /** The report's own words: `--lang`, else English. */
  say: Messages;
}

/** Some files' share of a run: counts, the run's own failures, and their report text or results. */
export interface ReportPart {
  /** Team files among them (a file found by walking may turn out not to be one). */
  files: number;
  /** Every finding, for the exit status. */
  found: Totals;
  /** What the report shows (errors only with --quiet). */
  shown: Totals;
  runErrors: RunError[];
  /** Streamed: the files' parts of the report, joined by the stream's separator. */
  text?: string;
  /** Not streamed: the results, for the formatter at the end. */
  results?: FileResult[];
}

export function reportPart(checks: readonly Pick<TeamCheck, 'result' | 'runError'>[], how: ReportHow): ReportPart {
  const part: ReportPart = { files: checks.length, found: zero(), shown: zero(), runErrors: [] };
  const shown = checks.map(({ result, runError }) => {
    if (runError) part.runErrors.push(runError);
    add(part.found, result);
    const seen = how.quiet ? errorsOnly(result) : result;
    add(part.shown, seen);
    return seen;
  });
  const stream = how.streamed ? REPORT_STREAMS[how.format] : undefined;
  if (!stream) part.results = shown;
  else {
    const c = colors(how.colors);
    part.text = shown.map((r) => stream.file(r, c, how.say)).join(stream.separator);
  }
  return part;
}

const zero = (): Totals => ({ errorCount: 0, warningCount: 0, infoCount: 0 });

export function add(sum: Totals, counts: Totals): void {
  sum.errorCount += counts.errorCount;
  sum.warningCount += counts.warningCount;
  sum.infoCount += counts.infoCount;
}

function errorsOnly(result: FileResult): FileResult {
  return fileResult(result.file, result.model, result.findings.filter((f) => f.severity === 'error'));
}
