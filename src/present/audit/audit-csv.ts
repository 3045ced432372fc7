import { SEVERITY_ORDER } from '../../core/finding.js';
import { holdersOf, type AuditedTeam } from '../../analyze/audit/audit-tally.js';

const HEADER = ['file', 'model', 'program', 'organization', 'row', 'id', 'severity', 'findings', 'holder', 'holder_role'];

/**
 * For a spreadsheet: one row per (team, rule) with the number of findings and the worst severity,
 * and one per (team, responsibility or decision) with who holds it, as the JSON report counts them.
 */
export function auditCsv(teams: readonly AuditedTeam[]): string {
  const lines = [HEADER.join(',')];
  for (const t of teams) {
    const program = t.facts?.program;
    const head = [t.file, t.model ?? '', program?.name ?? '', program?.organization ?? ''];
    const byRule = new Map<string, { n: number; severity: string }>();
    for (const f of t.findings) {
      const seen = byRule.get(f.rule);
      const severity = worse(seen?.severity, f.severity);
      byRule.set(f.rule, { n: (seen?.n ?? 0) + 1, severity });
    }
    for (const [rule, { n, severity }] of byRule) lines.push(row([...head, 'finding', rule, severity, String(n), '', '']));
    for (const { duty, role, holder } of t.facts ? holdersOf(t.facts) : []) lines.push(row([...head, duty.kind, duty.id, '', '', holder, role ?? '']));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const RANK: Readonly<Record<string, number>> = SEVERITY_ORDER;
function worse(a: string | undefined, b: string | undefined): string {
  if (a === undefined) return b ?? '';
  return (RANK[b ?? ''] ?? 3) < (RANK[a] ?? 3) ? b! : a;
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula starts with an apostrophe. */
function row(cells: string[]): string {
  return cells
    .map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))
    .map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(',');
}
