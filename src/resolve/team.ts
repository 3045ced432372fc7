import type { Assignment, DecisionRights, Member, TeamFile } from '../validate/team-schema.js';
import type { RoleSource } from './infer-role.js';

export interface TeamMember {
  id: string;
  name: string;
  /** Index in `members`, for locating findings. */
  index: number;
  data: Member;
  role: string;
  roleSource: RoleSource;
  family: boolean;
  /** The role the member's duties say they act as (see acts-as.ts). */
  actsAs: string;
  /** Responsibility ids the member is accountable or responsible for. */
  duties: Set<string>;
}

export interface ResolvedAssignment {
  id: string;
  data: Assignment;
  /** Member ids named by `accountable` (more than one is a finding). */
  accountable: string[];
  /** Who does the work: `responsible`, defaulting to the accountable member. */
  responsible: string[];
  consulted: string[];
  informed: string[];
  backup: string | undefined;
}

export interface ResolvedDecision {
  id: string;
  data: DecisionRights;
  /** Member ids or `team`. */
  decides: string[];
  agree: string[];
  recommends: string[];
  input: string[];
  informed: string[];
}

/** The validated team file with the model applied: what every rule and renderer reads. */
export interface Team {
  file: TeamFile;
  members: TeamMember[];
  /** The first member of each id. */
  byId: Map<string, TeamMember>;
  /** Every member id written in the file, valid or not, so that a broken member never turns its references into "unknown member" findings. */
  writtenIds: Set<string>;
  responsibilities: Map<string, ResolvedAssignment>;
  decisions: Map<string, ResolvedDecision>;
}

export function memberName(team: Team, id: string): string {
  if (id === 'team') return 'the whole team';
  return team.byId.get(id)?.name ?? id;
}
