import type { Model } from '../resolve/model.js';
import type { Team } from '../resolve/team.js';

/** Whether the model expects its lead role on this team: always, or once the child has more than its threshold of needs. */
export function leadRoleExpected(team: Team, model: Model): boolean {
  if (!model.leadRole) return false;
  const needs = team.file.child.needs?.length ?? 0;
  return model.leadRoleNeedsOver === undefined || needs > model.leadRoleNeedsOver;
}

/** The program's coordination work (judgments.md §4): the lead role's core duties and these, whatever the model's lead role is. */
const COORDINATION = ['single-point-of-contact', 'service-plan', 'crisis-plan', 'provider-communication', 'plan-monitoring'];

export function coordinationDuties(model: Model): ReadonlySet<string> {
  const lead = model.leadRole;
  return new Set([...(lead ? (model.roles.get(lead)?.core ?? []) : []), ...COORDINATION]);
}
