import type { FileResult } from '../analyze/finding.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import type { ReportFormat } from './formatter-registry.js';
import { stylishFile, stylishSummary } from './formatters/stylish.js';
import type { Totals } from './report.js';

/**
 * A report written a file at a time, so that a run over many files holds none of them: begin,
 * each file's part (with `separator` between two), end make exactly the text of the formatter of
 * the same name (test/speed/ checks).
 */
export interface ReportStream {
  begin(): string;
  file(result: FileResult, c: Colors, say: Messages): string;
  separator: string;
  end(totals: Totals, files: number, c: Colors, say: Messages): string;
}

const stylish: ReportStream = {
  begin: () => '',
  file: (result, c, say) => stylishFile(result, c, say),
  separator: '',
  end: (totals, files, c, say) => stylishSummary(totals, files, c, say),
};

const json: ReportStream = {
  begin: () => '{\n  "version": 1,\n  "results": [',
  file: (result) => `\n${jsonResultText(result)}`,
  separator: ',',
  end: (t, files) =>
    `${files === 0 ? ']' : '\n  ]'},\n  "errorCount": ${t.errorCount},\n  "warningCount": ${t.warningCount},\n  "infoCount": ${t.infoCount}\n}\n`,
};

const q = JSON.stringify;

/**
 * One entry of the JSON report's `results`, as `JSON.stringify(report, null, 2)` writes it, key
 * order included: written out rather than stringified and re-indented for each file.
 */
function jsonResultText(r: FileResult): string {
  const findings = r.findings.map(
    (f) =>
      `        {\n          "rule": ${q(f.rule)},\n          "severity": ${q(f.severity)},\n          "message": ${q(f.message)},\n` +
      `          "question": ${q(f.question)},\n          "subject": ${q(f.subject)},\n          "path": ${q(f.path)},\n` +
      `          "line": ${q(f.line)},\n          "column": ${q(f.column)},\n          "endLine": ${q(f.endLine)},\n          "endColumn": ${q(f.endColumn)}\n        }`,
  );
  return (
    `    {\n      "file": ${q(r.file)},\n      "model": ${q(r.model)},\n      "errorCount": ${q(r.errorCount)},\n` +
    `      "warningCount": ${q(r.warningCount)},\n      "infoCount": ${q(r.infoCount)},\n` +
    `      "findings": ${findings.length === 0 ? '[]' : `[\n${findings.join(',\n')}\n      ]`}\n    }`
  );
}

export const REPORT_STREAMS: Partial<Record<ReportFormat, ReportStream>> = { stylish, json };
