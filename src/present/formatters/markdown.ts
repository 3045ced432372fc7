import type { Finding } from '../../core/finding.js';
import type { ReportFormatter } from '../report.js';
import { plural } from '../../core/text.js';
import { totals } from '../report.js';
import { region, reportPath } from './common.js';

/**
 * Text made safe for a GitHub-flavored Markdown table cell or heading: no HTML gets through
 * (`&`, `<`, `>` as entities), `|` cannot end the cell, a line break cannot end the row, no
 * link, image, code span or emphasis can be made (their marks are backslash-escaped), and
 * control characters are dropped.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[`*_[\]~]/g, '\\$&')
    .trim();
}

function row(f: Finding): string {
  const { line, column } = region(f);
  const cells = [`${line}:${column}`, f.severity, `\`${f.rule}\``, escapeCell(f.message), escapeCell(f.question)];
  return `| ${cells.join(' | ')} |`;
}

/**
 * For a pull-request comment: the totals as a heading, then a compact table per file with
 * findings — where, how serious, which rule, what is missing and the question to ask.
 */
export const markdown: ReportFormatter = (results, { cwd }) => {
  const t = totals(results);
  const files = plural(results.length, 'file');
  const out: string[] = [];
  if (t.errorCount + t.warningCount + t.infoCount === 0) {
    out.push('## carechart', '', `✅ No problems in ${files}`);
    return `${out.join('\n')}\n`;
  }
  const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning'), `${t.infoCount} info`];
  out.push(`## carechart: ${parts.join(', ')} in ${files}`);
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const model = result.model ? ` (model: ${escapeCell(result.model)})` : '';
    out.push('', `### ${escapeCell(reportPath(result.file, cwd))}${model}`, '');
    out.push('| Line | Severity | Rule | Finding | Ask |', '|---:|---|---|---|---|');
    for (const f of result.findings) out.push(row(f));
  }
  const clean = results.filter((r) => r.findings.length === 0).length;
  if (clean > 0) out.push('', `✅ No problems in ${plural(clean, 'other file')}`);
  return `${out.join('\n')}\n`;
};
