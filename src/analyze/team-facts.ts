import type { FileResult } from '../core/finding.js';
import { FAMILY_SIDE, type Model } from '../resolve/model.js';
import { coordinationDuties, leadMembers, leadRoleExpected } from './lead-role.js';
import type { Team, TeamMember } from '../resolve/team.js';
import { memberEntries, type MemberEntry } from './team-members.js';

/** Who holds one responsibility (its accountable member) or decision (who `decides`): a member id, `team`, or nobody. */
export interface DutyHolder {
  id: string;
  kind: 'responsibility' | 'decision';
  holder: string | null;
}

/**
 * What `audit` needs of a team beyond its findings, written into each JSON result so that the
 * reports of CI shards can be merged without reading the team files again.
 */
/** A file's result with what `audit` reads of the team (none when the file could not be read as a team). */
export type FileResultWithFacts = FileResult & { facts?: TeamFacts };

export interface TeamFacts {
  members: MemberEntry[];
  duties: DutyHolder[];
  program: {
    name: string | null;
    /** The organization the team's coordination sits with (see leadOrganization). */
    organization: string | null;
    review: { every: string | null; last: string | null; next: string | null };
  };
  lead: {
    role: string | null;
    /** The model expects the lead role for this child (wraparound: always; case management: needs over 3). */
    expected: boolean;
    /** A professional acts as the lead role, holding at least one of its core duties. */
    present: boolean;
    /** A parent, youth or natural support is accountable for coordination work (judgments.md §4). */
    leftToFamily: boolean;
  };
}

export function teamFacts(team: Team, model: Model): TeamFacts {
  const duties: DutyHolder[] = [];
  for (const id of model.responsibilities.keys()) duties.push({ id, kind: 'responsibility', holder: team.responsibilities.get(id)?.accountable[0] ?? null });
  for (const id of model.decisions.keys()) duties.push({ id, kind: 'decision', holder: team.decisions.get(id)?.decides[0] ?? null });
  const leadRole = model.leadRole ?? null;
  const leads = leadMembers(team, model);
  const coordination = coordinationDuties(model);
  const leftToFamily = duties.some((d) => d.kind === 'responsibility' && coordination.has(d.id) && d.holder !== null && FAMILY_SIDE.includes(team.byId.get(d.holder)?.role ?? ''));
  const review = team.file.program?.review;
  return {
    members: memberEntries(team),
    duties,
    program: {
      name: team.file.program?.name ?? null,
      organization: leadOrganization(team, leads),
      review: { every: review?.every ? durationText(review.every) : null, last: review?.last ?? null, next: review?.next ?? null },
    },
    lead: {
      role: leadRole,
      expected: leadRoleExpected(team, model),
      present: leads.length > 0,
      leftToFamily,
    },
  };
}

/**
 * The organization a team "belongs to" for `audit --by organization`: that of the member acting as
 * the lead role, else of the professional who is the family's single point of contact.
 */
function leadOrganization(team: Team, leads: readonly TeamMember[]): string | null {
  const contact = team.byId.get(team.responsibilities.get('single-point-of-contact')?.accountable[0] ?? '');
  const candidates = [...leads, ...(contact && !FAMILY_SIDE.includes(contact.role) ? [contact] : [])];
  return candidates.find((m) => m.data.organization)?.data.organization ?? null;
}

function durationText(d: { count: number; unit: string }): string {
  return `${d.count} ${d.unit}${d.count === 1 ? '' : 's'}`;
}
