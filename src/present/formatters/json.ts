import type { FileResult } from '../../core/finding.js';
import type { FileResultWithFacts } from '../../analyze/team-facts.js';
import { totals, type ReportFormatter, type Totals } from '../report.js';

/** The keys `audit` reads (team-facts.ts), in this order, after `findings`; empty when the file could not be read as a team. */
export function teamFactsJson(r: FileResultWithFacts) {
  const f = r.facts;
  return { members: f?.members ?? [], duties: f?.duties ?? [], program: f?.program ?? null, lead: f?.lead ?? null };
}

/**
 * The JSON report (docs/report-formats.md), key order included, as `JSON.stringify(report, null, 2)`
 * writes it: made of the same pieces as the streamed report (report-stream.ts), so there is one writer.
 */
export const json: ReportFormatter = (results) => jsonBegin + results.map(jsonEntry).join(',') + jsonEnd(totals(results), results.length);

export const jsonBegin = '{\n  "version": 1,\n  "results": [';

/**
 * One entry of `results`, indented as at its depth in the report: written at that depth, inside
 * `[[…]]`, and cut out of it, rather than indented again in a second copy of the text.
 */
export const jsonEntry = (r: FileResult): string => {
  const nested = JSON.stringify([[jsonFileResult(r)]], null, 2);
  return nested.slice('[\n  ['.length, nested.length - '\n  ]\n]'.length);
};

export const jsonEnd = (t: Totals, files: number): string =>
  `${files === 0 ? ']' : '\n  ]'},\n  "errorCount": ${t.errorCount},\n  "warningCount": ${t.warningCount},\n  "infoCount": ${t.infoCount}\n}\n`;

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
