import type { RoleSource } from '../resolve/infer-role.js';
import type { Team } from '../resolve/team.js';

/** One member as the JSON report shows it: the role carechart settled on, and where it came from. */
export interface MemberEntry {
  id: string;
  name: string;
  role: string;
  roleFrom: RoleSource;
  /** The role a professional's duties say they act as (their own role unless the duties say another); null for the family side. */
  actsAs: string | null;
}

/** Every member in file order, so that a reader can see, and dispute, each role carechart settled on. */
export function memberEntries(team: Team): MemberEntry[] {
  return team.members.map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role,
    roleFrom: m.roleSource,
    actsAs: m.family ? null : m.actsAs,
  }));
}
