import { readFileSync } from 'node:fs';
import type { AuditedTeam } from '../analyze/audit/audit-tally.js';
import type { TeamFacts } from '../analyze/team-facts.js';

/** A JSON report that audit cannot read: one line, exit 2. */
export class ReportError extends Error {}

const REPORT_VERSION = 1;

/** The teams of one `check -f json` report, as audit reads them; a ReportError when it is not one this carechart can merge. */
export function readReport(path: string, display: string): AuditedTeam[] {
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(`${display} cannot be read as a report of carechart check -f json: ${code ? `the system says ${code}` : (error as Error).message}`);
  }
  const { version, results } = (report ?? {}) as { version?: unknown; results?: unknown };
  if (version === undefined || !Array.isArray(results)) {
    throw new ReportError(`${display} is not a report of carechart check -f json (it has no "version" and "results")`);
  }
  if (version !== REPORT_VERSION) {
    throw new ReportError(`${display} is a report of version ${JSON.stringify(version)}; this carechart merges version ${REPORT_VERSION} reports only: run carechart check -f json again with this version`);
  }
  return results.map((r, i) => auditedTeam(r, `${display}, result ${i + 1}`));
}

function auditedTeam(r: unknown, where: string): AuditedTeam {
  const x = (r ?? {}) as Record<string, unknown>;
  const numbers = typeof x.errorCount === 'number' && typeof x.warningCount === 'number';
  const findings = Array.isArray(x.findings) && x.findings.every((f) => typeof (f as { rule?: unknown } | null)?.rule === 'string');
  if (typeof x.file !== 'string' || !numbers || !findings) throw new ReportError(`${where} is not a result of carechart check -f json`);
  if (!Array.isArray(x.duties) || !Array.isArray(x.members)) {
    throw new ReportError(`${where} has no "members" and "duties": the report was written by an older carechart; run carechart check -f json again with this version`);
  }
  const facts = x.program && x.lead ? ({ members: x.members, duties: x.duties, program: x.program, lead: x.lead } as TeamFacts) : null;
  if (facts && !wellFormed(facts)) throw new ReportError(`${where} has "members", "duties", "program" or "lead" in a shape carechart check does not write`);
  return { file: x.file, model: typeof x.model === 'string' ? x.model : null, errorCount: x.errorCount as number, warningCount: x.warningCount as number, findings: x.findings as { rule: string }[], facts };
}

const text = (v: unknown) => typeof v === 'string';
const textOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Enough of the shape that counting cannot trip over a hand-edited report. */
function wellFormed(f: TeamFacts): boolean {
  const review = f.program.review as TeamFacts['program']['review'] | undefined;
  return (
    f.members.every((m) => text(m?.id) && text(m?.role)) &&
    f.duties.every((d) => text(d?.id) && (d.kind === 'responsibility' || d.kind === 'decision') && textOrNull(d.holder)) &&
    typeof review === 'object' && review !== null && textOrNull(review.every) && textOrNull(review.last) && textOrNull(review.next) &&
    textOrNull(f.program.organization) && textOrNull(f.program.name) && typeof f.lead === 'object'
  );
}
