import type { Finding, Severity } from '../../core/finding.js';
import type { ReportFormatter } from '../report.js';
import { plural } from '../../core/text.js';
import { region, reportPath, sentence } from './common.js';
import { terminalSafe } from '../../core/terminal-text.js';

/**
 * How many annotations of each kind GitHub shows per step. GitHub's REST docs for check runs:
 * "GitHub Actions are limited to 10 warning annotations and 10 error annotations per step";
 * notices are capped the same way. Commands past the cap still print in the log, but get no
 * annotation on the pull request.
 */
export const ANNOTATIONS_PER_STEP = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The escaping of @actions/core for a command's message: `%`, CR and LF. Other control and bidi
 * characters (an escape sequence, a right-to-left override) are shown escaped, as in stylish.
 */
export function escapeData(text: string): string {
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** The escaping of @actions/core for a property value: as for data, and also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(f: Finding, file: string): string {
  const { line, column, endLine, endColumn } = region(f);
  // GitHub uses columns only on a one-line annotation; on more lines it drops them.
  const columns = endLine === line ? [`col=${column}`, `endColumn=${endColumn}`] : [];
  const props = [`file=${escapeProperty(file)}`, `line=${line}`, `endLine=${endLine}`, ...columns, `title=${escapeProperty(f.rule)}`].join(',');
  // The question on a second line of the annotation: what to ask at the meeting.
  return `::${COMMAND[f.severity]} ${props}::${escapeData(`${sentence(f.message)}\nAsk: ${f.question}`)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding, on the file (relative to the
 * repository's top folder) and range it is about. When there are more of a kind than GitHub
 * annotates in a step, a notice says how many were left out and where to read them all. It comes
 * first, so that it is one of the notices GitHub shows, and takes the place of one info finding.
 */
export const github: ReportFormatter = (results, { cwd, root }) => {
  const lines: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const file = reportPath(result.file, cwd, root);
    for (const f of result.findings) {
      count[f.severity]++;
      lines.push(command(f, file));
    }
  }
  const over = (c: number, shown: number) => Math.max(0, c - shown);
  const errorsAndWarnings = over(count.error, ANNOTATIONS_PER_STEP) + over(count.warning, ANNOTATIONS_PER_STEP);
  const noticeNeeded = errorsAndWarnings + over(count.info, ANNOTATIONS_PER_STEP) > 0;
  const hidden = errorsAndWarnings + over(count.info, ANNOTATIONS_PER_STEP - 1);
  if (noticeNeeded) {
    lines.unshift(
      `::notice title=carechart::${escapeData(
        `${plural(hidden, 'finding')} ${hidden === 1 ? 'was' : 'were'} not annotated: GitHub shows at most ${ANNOTATIONS_PER_STEP} errors, ${ANNOTATIONS_PER_STEP} warnings and ${ANNOTATIONS_PER_STEP} notices per step. See the full report with carechart check --format stylish.`,
      )}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
