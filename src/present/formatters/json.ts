import type { FileResult } from '../../analyze/finding.js';
import type { ReportFormatter } from '../report.js';
import { totals } from '../report.js';

/** The keys `audit` reads (team-facts.ts), in this order, after `findings`; empty when the file could not be read as a team. */
export function teamFactsJson(r: FileResult) {
  const f = r.facts;
  return { members: f?.members ?? [], duties: f?.duties ?? [], program: f?.program ?? null, lead: f?.lead ?? null };
}

/** The JSON report of cli.md, key order included. */
export const json: ReportFormatter = (results) => {
  const report = {
    version: 1,
    results: results.map(jsonFileResult),
    ...totals(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

/** One entry of `results`, key order included. */
function jsonFileResult(r: FileResult) {
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
    ...teamFactsJson(r),
  };
}
