import type { Team } from '../resolve/team.js';

/** One entry of a JSON result's `members` (judgments.md §6). */
export interface MemberEntry {
  id: string;
  name: string;
  role: string;
  roleFrom: 'written' | 'title' | 'default';
  actsAs: string | null;
}

const FROM = { declared: 'written', title: 'title', default: 'default' } as const;

/**
 * Every member, in file order: the role found, where it came from, and another role their duties
 * make them act as. Only professionals act as another role (judgments.md §2): a parent who holds a
 * case manager's duties is still the parent.
 */
export function memberEntries(team: Team): MemberEntry[] {
  return team.members.map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role,
    roleFrom: FROM[m.roleSource],
    actsAs: !m.family && m.actsAs !== m.role ? m.actsAs : null,
  }));
}
