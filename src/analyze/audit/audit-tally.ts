import { compareText } from '../../core/compare-text.js';
import { parseDuration } from '../../validate/value-formats.js';
import { durationDays } from '../dates.js';
import { FAMILY_SIDE } from '../../resolve/model.js';
import type { TeamFacts } from '../team-facts.js';
import type { AuditTables, DutyHolders } from './audit-tables.js';
import { reviewOverdue } from './review-due.js';

/** One team as audit reads it: a result of `check`, in memory or from a JSON report. */
export interface AuditedTeam {
  file: string;
  model: string | null;
  errorCount: number;
  warningCount: number;
  findings: readonly { rule: string; severity?: string }[];
  facts?: TeamFacts | null;
}

/** Counts teams one at a time (nothing but file names kept), then writes the tables. */
export class AuditTally {
  private total = 0;
  private withErrors = 0;
  private withWarnings = 0;
  private warningsOnly = 0;
  private readonly byModel = new Map<string, number>();
  private readonly rules = new Map<string, string[]>();
  private readonly duties = new Map<string, { kind: DutyHolders['kind']; holders: Map<string, number>; family: Map<string, number> }>();
  private readonly lead = { expected: 0, present: 0, missing: 0, leftToFamily: 0 };
  private readonly cadences = new Map<string, number>();
  private notSet = 0;
  private readonly overdueFiles: string[] = [];

  constructor(private readonly today: string) {}

  add(team: AuditedTeam): void {
    this.total++;
    if (team.errorCount > 0) this.withErrors++;
    if (team.warningCount > 0) this.withWarnings++;
    if (team.warningCount > 0 && team.errorCount === 0) this.warningsOnly++;
    bump(this.byModel, team.model ?? 'unread');
    for (const rule of new Set(team.findings.map((f) => f.rule))) {
      const files = this.rules.get(rule);
      if (files) files.push(team.file);
      else this.rules.set(rule, [team.file]);
    }
    if (team.facts) this.addFacts(team.file, team.facts);
  }

  private addFacts(file: string, facts: TeamFacts): void {
    for (const { duty, role, holder } of holdersOf(facts)) {
      let tally = this.duties.get(duty.id);
      if (!tally) this.duties.set(duty.id, (tally = { kind: duty.kind, holders: new Map(), family: new Map() }));
      if (holder === 'family') bump(tally.family, role!);
      bump(tally.holders, holder);
    }
    if (facts.lead) {
      if (facts.lead.expected) this.lead.expected++;
      if (facts.lead.present) this.lead.present++;
      if (facts.lead.expected && !facts.lead.present) this.lead.missing++;
      if (facts.lead.leftToFamily) this.lead.leftToFamily++;
    }
    const review = facts.program?.review;
    if (review?.every) bump(this.cadences, review.every);
    else this.notSet++;
    if (review && reviewOverdue(review, this.today)) this.overdueFiles.push(file);
  }

  tables(): AuditTables {
    const rules = [...this.rules].map(([rule, files]) => ({ rule, teams: files.length, files: files.sort(byCodeUnit) }));
    rules.sort((a, b) => b.teams - a.teams || compareText(a.rule, b.rule));
    return {
      teams: {
        total: this.total,
        withErrors: this.withErrors,
        withWarnings: this.withWarnings,
        clean: this.total - this.withErrors - this.warningsOnly,
        warningsOnly: this.warningsOnly,
        byModel: record(this.byModel),
      },
      rules,
      duties: [...this.duties].map(([id, t]) => ({ id, kind: t.kind, holders: record(t.holders, 'nobody'), family: record(t.family) })),
      lead: { ...this.lead },
      review: {
        cadences: [...this.cadences].map(([every, teams]) => ({ every, teams })).sort((a, b) => days(a.every) - days(b.every) || compareText(a.every, b.every)),
        notSet: this.notSet,
        overdue: this.overdueFiles.length,
        overdueFiles: [...this.overdueFiles].sort(byCodeUnit),
      },
    };
  }
}

/**
 * Each duty of a team with the holder's role and the key it is counted under: the role, `family`
 * for a parent, youth or natural support, `team`, or `nobody` (also when the accountable member is
 * not on the team: `unknown-member` says so).
 */
export function holdersOf(facts: TeamFacts): { duty: TeamFacts['duties'][number]; role: string | undefined; holder: string }[] {
  const roles = new Map<string, string>();
  for (const m of facts.members) if (!roles.has(m.id)) roles.set(m.id, m.role);
  return facts.duties.map((duty) => {
    const role = duty.holder === null ? undefined : duty.holder === 'team' ? 'team' : roles.get(duty.holder);
    return { duty, role, holder: role === undefined ? 'nobody' : FAMILY_SIDE.includes(role) ? 'family' : role };
  });
}

/** File names in the order `check --shard` slices them: the same on every machine, and no collator to load. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Most first, then by name; `last` (nobody) at the end whatever its count. */
function record(counts: Map<string, number>, last?: string): Record<string, number> {
  const entries = [...counts].sort(([a, m], [b, n]) => Number(a === last) - Number(b === last) || n - m || compareText(a, b));
  return Object.fromEntries(entries);
}

function days(every: string): number {
  const d = parseDuration(every);
  return d ? durationDays(d) : Number.POSITIVE_INFINITY;
}
