import { fileResult, type FileResult, type Finding, type Severity } from '../../src/core/finding.js';
import { colors } from '../../src/present/colors.js';
import { loadMessages } from '../../src/i18n/load-locale.js';
import type { ReportContext } from '../../src/present/report.js';
import { runCli } from '../helpers/run-cli.js';

export const CWD = '/work/team files';
export const context: ReportContext = { cwd: CWD, colors: colors(false), version: '1.2.3', say: loadMessages('en') };

/** A message with everything a formatter must escape: workflow-command, XML and Markdown marks, CR LF, a NUL. */
export const HOSTILE = '100% sure: a, b | c <script>alert("x")</script> & \'d\'\r\nnext line\u0000 end';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'single-accountable',
    severity: 'error',
    message: 'Ana and Jordan are both accountable for the crisis plan',
    question: 'Which one person answers for this?',
    subject: 'crisis-plan',
    path: 'responsibilities.crisis-plan.accountable',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 21,
    ...overrides,
  };
}

/** Hostile text in the message, the question and the file name, one finding of each severity. */
export function hostileResults(): FileResult[] {
  return [
    fileResult(`${CWD}/teams/a,b:c%.yaml`, 'wraparound', [
      finding({ message: HOSTILE, question: `Who? ${HOSTILE}` }),
      finding({ rule: 'contact-missing', severity: 'warning', line: 20, column: 3, endLine: 21, endColumn: 1, subject: 'ana', path: 'members.0' }),
      finding({ rule: 'natural-supports-missing', severity: 'info', line: 3, column: 1, endLine: 3, endColumn: 8, subject: 'natural-support', path: '' }),
    ]),
    fileResult('teams/clean.yaml', 'case-management', []),
  ];
}

/** `count` findings of one severity in one file, for GitHub's per-step limits. */
export function many(severity: Severity, count: number, file = 'teams/big.yaml'): FileResult {
  return fileResult(
    file,
    'wraparound',
    Array.from({ length: count }, (_, i) => finding({ severity, line: i + 1, endLine: i + 1, subject: `s${i}`, path: `p.${i}` })),
  );
}

/** The examples, checked on a fixed day, reported in `format`: exit 1, since they have errors. */
export async function examplesReport(format: string): Promise<string> {
  const run = await runCli(['check', 'examples', '--format', format, '--today', '2026-11-23']);
  if (run.status !== 1) throw new Error(`expected exit 1, got ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** The same examples as JSON, to compare counts with. */
export async function examplesJson(): Promise<{
  results: { file: string; errorCount: number; warningCount: number; infoCount: number; findings: Finding[] }[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}> {
  return JSON.parse(await examplesReport('json'));
}

/** Deeply frozen, so that a formatter that mutates its input throws. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
