import type { Team } from '../resolve/team.js';

/** Members who are accountable, responsible or backup for any responsibility. */
export function heldDuties(team: Team): Set<string> {
  const held = new Set<string>();
  for (const a of team.responsibilities.values()) {
    for (const id of a.accountable) held.add(id);
    for (const id of a.responsible) held.add(id);
    if (a.backup) held.add(a.backup);
  }
  return held;
}

/** Members with a say in any decision: decides, agree, recommends, input (not only informed). */
export function membersWithASay(team: Team): Set<string> {
  const parts = new Set<string>();
  for (const d of team.decisions.values()) {
    for (const ids of [d.decides, d.agree, d.recommends, d.input]) for (const id of ids) parts.add(id);
  }
  return parts;
}

/** Members accountable for at least one responsibility. */
export function accountableMembers(team: Team): Set<string> {
  const accountable = new Set<string>();
  for (const a of team.responsibilities.values()) for (const id of a.accountable) accountable.add(id);
  return accountable;
}
