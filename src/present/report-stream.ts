import type { FileResult } from '../core/finding.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './colors.js';
import type { ReportFormat } from './formatter-registry.js';
import { jsonBegin, jsonEnd, jsonEntry } from './formatters/json.js';
import { stylishFile, stylishSummary } from './formatters/stylish.js';
import type { Totals } from './report.js';

/**
 * A report made a file at a time, so that a run over many files holds their text, not their results: begin,
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

const json: ReportStream = { begin: () => jsonBegin, file: jsonEntry, separator: ',', end: jsonEnd };

export const REPORT_STREAMS: Partial<Record<ReportFormat, ReportStream>> = { stylish, json };
