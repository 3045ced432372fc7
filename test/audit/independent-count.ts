/**
 * The audit's numbers worked out the plain way, from `check -f json` alone, sharing no code with
 * src/: what a program's own script would do.
 */
type Result = {
  file: string;
  errorCount: number;
  warningCount: number;
  findings: { rule: string }[];
  members: { id: string; role: string }[];
  duties: { id: string; kind: string; holder: string | null }[];
  program: { review: { every: string | null } } | null;
  lead: { expected: boolean; present: boolean; leftToFamily: boolean } | null;
};

export function countByHand(report: { results: Result[] }) {
  const results = report.results;
  const teams = {
    total: results.length,
    withErrors: results.filter((r) => r.errorCount > 0).length,
    withWarnings: results.filter((r) => r.warningCount > 0).length,
    clean: results.filter((r) => r.errorCount === 0 && r.warningCount === 0).length,
  };
  const rules: Record<string, string[]> = {};
  for (const r of results) for (const rule of new Set(r.findings.map((f) => f.rule))) (rules[rule] ??= []).push(r.file);
  const holders: Record<string, Record<string, number>> = {};
  const family = ['parent', 'youth', 'natural-support'];
  for (const r of results) {
    for (const d of r.duties) {
      const member = r.members.find((m) => m.id === d.holder);
      const key = d.holder === 'team' ? 'team' : !member ? 'nobody' : family.includes(member.role) ? 'family' : member.role;
      const counts = (holders[d.id] ??= {});
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  const read = results.filter((r) => r.lead);
  const lead = {
    expected: read.filter((r) => r.lead!.expected).length,
    present: read.filter((r) => r.lead!.present).length,
    missing: read.filter((r) => r.lead!.expected && !r.lead!.present).length,
    leftToFamily: read.filter((r) => r.lead!.leftToFamily).length,
  };
  const cadences: Record<string, number> = {};
  for (const r of read) {
    const every = r.program?.review.every ?? 'not set';
    cadences[every] = (cadences[every] ?? 0) + 1;
  }
  // With the same --today, a review the audit counts as overdue is one `review-overdue` flagged.
  const overdue = results.filter((r) => r.findings.some((f) => f.rule === 'review-overdue')).length;
  return { teams, rules, holders, lead, cadences, overdue };
}

/** The same shape, read from `audit -f json`. */
export function auditNumbers(audit: {
  teams: Record<string, number>;
  rules: { rule: string; teams: number; files: string[] }[];
  duties: { id: string; holders: Record<string, number> }[];
  lead: Record<string, number>;
  review: { cadences: { every: string; teams: number }[]; notSet: number; overdue: number };
}) {
  const cadences: Record<string, number> = Object.fromEntries(audit.review.cadences.map((c) => [c.every, c.teams]));
  if (audit.review.notSet > 0) cadences['not set'] = audit.review.notSet;
  return {
    teams: { total: audit.teams.total, withErrors: audit.teams.withErrors, withWarnings: audit.teams.withWarnings, clean: audit.teams.clean },
    rules: Object.fromEntries(audit.rules.map((r) => [r.rule, r.files])),
    holders: Object.fromEntries(audit.duties.map((d) => [d.id, d.holders])),
    lead: audit.lead,
    cadences,
    overdue: audit.review.overdue,
  };
}
