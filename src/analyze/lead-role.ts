import { FAMILY_SIDE, type Model } from '../resolve/model.js';
import type { Team, TeamMember } from '../resolve/team.js';

/** Whether the model expects its lead role on this team: always, or once the child has more than its threshold of needs. */
export function leadRoleExpected(team: Team, model: Model): boolean {
  if (!model.leadRole) return false;
  const needs = team.file.child.needs?.length ?? 0;
  return model.leadRoleNeedsOver === undefined || needs > model.leadRoleNeedsOver;
}

/** The program's coordination work (judgments.md §4): the lead role's core duties and these, whatever the model's lead role is. */
const COORDINATION = ['single-point-of-contact', 'service-plan', 'crisis-plan', 'provider-communication', 'plan-monitoring'];

const coordination = new WeakMap<Model, ReadonlySet<string>>();

export function coordinationDuties(model: Model): ReadonlySet<string> {
  let duties = coordination.get(model);
  if (!duties) {
    const lead = model.leadRole;
    coordination.set(model, (duties = new Set([...(lead ? (model.roles.get(lead)?.core ?? []) : []), ...COORDINATION])));
  }
  return duties;
}

/**
 * The professionals who act as the model's lead role: acting as it takes some of its core duties,
 * so a title alone (or a role that holds none of them) is not enough, and the family never counts.
 */
export function leadMembers(team: Team, model: Model): readonly TeamMember[] {
  const lead = model.leadRole;
  if (!lead) return [];
  const core = model.roles.get(lead)?.core ?? [];
  return team.members.filter(
    (m) => !m.family && !FAMILY_SIDE.includes(m.role) && m.actsAs === lead && (core.length === 0 || core.some((d) => m.duties.has(d))),
  );
}
