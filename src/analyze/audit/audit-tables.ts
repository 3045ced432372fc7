/** What `carechart audit` reports of a set of teams (audit.md); the JSON report adds `version` and the groups. */
export interface AuditTables {
  teams: {
    total: number;
    withErrors: number;
    withWarnings: number;
    clean: number;
    /** Teams with warnings and no errors: withErrors + warningsOnly + clean = total. */
    warningsOnly: number;
    /** Teams per model id; a file that could not be read as a team has the model `null`, counted under "unread". */
    byModel: Record<string, number>;
  };
  rules: RuleGap[];
  duties: DutyHolders[];
  lead: {
    /** Teams whose model expects the lead role for this child. */
    expected: number;
    /** Teams where a professional acts as the lead role. */
    present: number;
    /** Expected and nobody acts as it. */
    missing: number;
    /** A parent, youth or natural support answers for coordination work. */
    leftToFamily: number;
  };
  review: {
    /** `program.review.every`, as written, shortest first; teams without one are under `notSet`. */
    cadences: { every: string; teams: number }[];
    notSet: number;
    /** Past `review.next`, or past `review.last` plus the cadence, at `today`. */
    overdue: number;
    overdueFiles: string[];
  };
}

export interface RuleGap {
  rule: string;
  /** Team files with at least one finding of the rule. */
  teams: number;
  files: string[];
}

export interface DutyHolders {
  id: string;
  kind: 'responsibility' | 'decision';
  /** Teams per holder: a role id, `family` (parent, youth, natural support), `team` (a decision of the whole team) or `nobody`. */
  holders: Record<string, number>;
  /** The `family` count by the family member's role. */
  family: Record<string, number>;
}

/** The JSON report of `audit`: the tables for every team, and per group with `--by`. */
export interface AuditReport extends AuditTables {
  version: 1;
  today: string;
  by: GroupBy | null;
  groups: ({ name: string | null } & AuditTables)[];
}

export type GroupBy = 'organization' | 'program' | 'model';
export const GROUP_BY: readonly GroupBy[] = ['organization', 'program', 'model'];
