import { compareText } from './compare-text.js';

/** The one shape every problem takes: syntax errors, schema errors and rule findings alike. */

export type Severity = 'error' | 'warning' | 'info';

/** Errors first, then warnings, then notes: the order a page or a table brings findings up in. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface Position {
  /** The key path, dotted: `responsibilities.crisis-plan.accountable`, `members.2.contact`. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last character. */
  endColumn: number;
}

export interface Finding extends Position {
  rule: string;
  severity: Severity;
  message: string;
  question: string;
  /** The catalog id, member id or role id the finding is about; null for syntax and schema findings. */
  subject: string | null;
}

export interface FileResult {
  file: string;
  model: string | null;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}


export function fileResult(file: string, model: string | null, findings: Finding[]): FileResult {
  const sorted = [...findings].sort(byPosition);
  const count = (s: Severity) => sorted.filter((f) => f.severity === s).length;
  return {
    file,
    model,
    findings: sorted,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
  };
}
