import { compareText } from '../../core/compare-text.js';
import type { AuditReport, GroupBy } from './audit-tables.js';
import { AuditTally, type AuditedTeam } from './audit-tally.js';

/** The program's audit: every team, and with `by` the same tables per organization, program or model. */
export class ProgramAudit {
  private readonly all: AuditTally;
  private readonly groups = new Map<string | null, AuditTally>();

  constructor(
    private readonly today: string,
    private readonly by: GroupBy | null,
  ) {
    this.all = new AuditTally(today);
  }

  add(team: AuditedTeam): void {
    this.all.add(team);
    if (!this.by) return;
    const key = groupOf(team, this.by);
    let tally = this.groups.get(key);
    if (!tally) this.groups.set(key, (tally = new AuditTally(this.today)));
    tally.add(team);
  }

  report(): AuditReport {
    const groups = [...this.groups].map(([name, tally]) => ({ name, ...tally.tables() }));
    // Most teams first; the teams with no name for the group last.
    groups.sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.teams.total - a.teams.total || compareText(a.name ?? '', b.name ?? ''));
    return { version: 1, today: this.today, by: this.by, ...this.all.tables(), groups };
  }
}

function groupOf(team: AuditedTeam, by: GroupBy): string | null {
  if (by === 'model') return team.model;
  const program = team.facts?.program;
  return (by === 'organization' ? program?.organization : program?.name) ?? null;
}
