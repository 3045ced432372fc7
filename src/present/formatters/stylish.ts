import type { Finding } from '../../analyze/finding.js';
import type { Colors } from '../colors.js';
import type { ReportFormatter } from '../report.js';
import { plural, totals } from '../report.js';

const label = (f: Finding, c: Colors) =>
  f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info');

/** Grouped by file: `line:col  severity  message  rule`, the question to ask beneath, a summary. */
export const stylish: ReportFormatter = (results, { colors: c }) => {
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(c.underline(result.file) + (result.model ? c.dim(`  (model: ${result.model})`) : ''));
    const width = Math.max(...result.findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...result.findings.map((f) => f.severity.length));
    for (const f of result.findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const sev = label(f, c) + ' '.repeat(sevWidth - f.severity.length);
      out.push(`  ${c.dim(where)}  ${sev}  ${f.message}  ${c.dim(f.rule)}`);
      out.push(`  ${' '.repeat(width + sevWidth + 4)}${c.dim(`Ask: ${f.question}`)}`);
    }
    out.push('');
  }
  const t = totals(results);
  const problems = t.errorCount + t.warningCount;
  const files = plural(results.length, 'file');
  if (problems === 0 && t.infoCount === 0) {
    out.push(c.green(`✔ ${files} checked, no problems`));
  } else {
    const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning'), `${t.infoCount} info`];
    const mark = t.errorCount > 0 ? c.red('✖') : t.warningCount > 0 ? c.yellow('⚠') : c.blue('ℹ');
    out.push(`${mark} ${c.bold(`${plural(problems, 'problem')} (${parts.join(', ')})`)} in ${files}`);
  }
  return `${out.join('\n')}\n`;
};
