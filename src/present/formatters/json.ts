import type { FileResult } from '../../core/finding.js';
import type { ReportFormatter } from '../report.js';
import { totals } from '../report.js';

/** The JSON report of cli.md, key order included. */
export const json: ReportFormatter = (results) => {
  const report = {
    version: 1,
    results: results.map(jsonFileResult),
    ...totals(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

/** One entry of `results`, key order included: the one writer of it, streamed or not. */
export function jsonFileResult(r: FileResult) {
  return {
    file: r.file,
    model: r.model,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      question: f.question,
      subject: f.subject,
      path: f.path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    })),
  };
}
