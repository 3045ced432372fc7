import type { FileResult, Finding } from '../../core/finding.js';
import type { Colors } from '../colors.js';
import type { ReportFormatter, Totals } from '../report.js';
import { plural } from '../../core/text.js';
import { totals } from '../report.js';
import { terminalSafe } from '../../core/terminal-text.js';

const label = (f: Finding, c: Colors) =>
  f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info');

/** Grouped by file: `line:col  severity  message  rule`, the question to ask beneath, a summary. */
export const stylish: ReportFormatter = (results, { colors: c }) =>
  results.map((r) => stylishFile(r, c)).join('') + stylishSummary(totals(results), results.length, c);

/** One file's part of the report: nothing for a file without findings. */
export function stylishFile(result: FileResult, c: Colors): string {
  if (result.findings.length === 0) return '';
  const out = [c.underline(terminalSafe(result.file)) + (result.model ? c.dim(`  (model: ${terminalSafe(result.model)})`) : '')];
  const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
  const sevWidth = Math.max(...result.findings.map((f) => f.severity.length));
  for (const f of result.findings) {
    const where = `${f.line}:${f.column}`.padEnd(width);
    const sev = label(f, c) + ' '.repeat(sevWidth - f.severity.length);
    out.push(`  ${c.dim(where)}  ${sev}  ${terminalSafe(f.message)}  ${c.dim(f.rule)}`);
    out.push(`  ${' '.repeat(width + sevWidth + 4)}${c.dim(`Ask: ${terminalSafe(f.question)}`)}`);
  }
  return `${out.join('\n')}\n\n`;
}

export function stylishSummary(t: Totals, files: number, c: Colors): string {
  const problems = t.errorCount + t.warningCount;
  const checked = plural(files, 'file');
  if (problems === 0 && t.infoCount === 0) return `${c.green(`✔ ${checked} checked, no problems`)}\n`;
  const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning'), `${t.infoCount} info`];
  const mark = t.errorCount > 0 ? c.red('✖') : t.warningCount > 0 ? c.yellow('⚠') : c.blue('ℹ');
  return `${mark} ${c.bold(`${plural(problems, 'problem')} (${parts.join(', ')})`)} in ${checked}\n`;
}
