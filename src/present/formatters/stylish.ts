import type { FileResult, Finding } from '../../core/finding.js';
import type { Messages } from '../../i18n/messages.js';
import type { Colors } from '../colors.js';
import type { ReportFormatter, Totals } from '../report.js';
import { totals } from '../report.js';
import { terminalSafe } from '../../core/terminal-text.js';

const label = (f: Finding, c: Colors, say: Messages) => {
  const word = say.t(`report.severity.${f.severity}`);
  return f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.blue(word);
};

/** Grouped by file: `line:col  severity  message  rule`, the question to ask beneath, a summary. */
export const stylish: ReportFormatter = (results, { colors: c, say }) =>
  results.map((r) => stylishFile(r, c, say)).join('') + stylishSummary(totals(results), results.length, c, say);

/** One file's part of the report: nothing for a file without findings. */
export function stylishFile(result: FileResult, c: Colors, say: Messages): string {
  if (result.findings.length === 0) return '';
  const out = [c.underline(terminalSafe(result.file)) + (result.model ? c.dim(`  ${say.t('report.model', { model: terminalSafe(result.model) })}`) : '')];
  const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
  const words = result.findings.map((f) => say.t(`report.severity.${f.severity}`).length);
  const sevWidth = Math.max(...words);
  result.findings.forEach((f, i) => {
    const where = `${f.line}:${f.column}`.padEnd(width);
    const sev = label(f, c, say) + ' '.repeat(sevWidth - words[i]!);
    out.push(`  ${c.dim(where)}  ${sev}  ${terminalSafe(f.message)}  ${c.dim(f.rule)}`);
    out.push(`  ${' '.repeat(width + sevWidth + 4)}${c.dim(say.t('report.ask', { question: terminalSafe(f.question) }))}`);
  });
  return `${out.join('\n')}\n\n`;
}

export function stylishSummary(t: Totals, files: number, c: Colors, say: Messages): string {
  const problems = t.errorCount + t.warningCount;
  const checked = say.t('report.files', { count: files });
  if (problems === 0 && t.infoCount === 0) return `${c.green(say.t('report.clean', { count: files }))}\n`;
  const mark = t.errorCount > 0 ? c.red('✖') : t.warningCount > 0 ? c.yellow('⚠') : c.blue('ℹ');
  const summary = say.t('report.problems', { count: problems, errors: t.errorCount, warnings: t.warningCount, infos: t.infoCount });
  return `${mark} ${c.bold(summary)} ${say.t('report.in-files', { files: checked })}\n`;
}
