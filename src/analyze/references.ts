import type { KeyPath } from '../core/locator.js';
import type { Team } from '../resolve/team.js';
import { valueAt } from '../core/value-at.js';

export interface Reference {
  id: string;
  at: KeyPath;
  /** `team` is a valid reference only here. */
  teamAllowed: boolean;
}

const ASSIGNMENT_FIELDS = ['accountable', 'responsible', 'consulted', 'informed', 'backup'] as const;
const DECISION_FIELDS = ['decides', 'agree', 'recommends', 'input', 'informed'] as const;

/**
 * The member references in the file that `wanted` keeps, each with the path of the reference
 * itself. Paths are made only for those kept: most references name a member.
 */
export function references(team: Team, raw: unknown, wanted: (id: string, teamAllowed: boolean) => boolean): Reference[] {
  const { file } = team;
  const found: Reference[] = [];
  const add = (value: unknown, section: string, key: string | number, field: string, teamAllowed = false) => {
    // A list points at each item; a single id at the value itself, as written.
    if (Array.isArray(value)) {
      let at: KeyPath | undefined;
      let written: unknown;
      value.forEach((item, i) => {
        const id = String(item);
        if (!wanted(id, teamAllowed)) return;
        if (!at) written = valueAt(raw, (at = [section, key, field]));
        found.push({ id, at: Array.isArray(written) ? [...at, i] : at, teamAllowed });
      });
    } else if (typeof value === 'string' && wanted(value, teamAllowed)) {
      found.push({ id: value, at: [section, key, field], teamAllowed });
    }
  };
  for (const m of team.members) add(m.data.supervisor, 'members', m.index, 'supervisor');
  for (const [id, assignment] of Object.entries(file.responsibilities ?? {})) {
    for (const field of ASSIGNMENT_FIELDS) add(assignment?.[field], 'responsibilities', id, field);
  }
  for (const [id, rights] of Object.entries(file.decisions ?? {})) {
    for (const field of DECISION_FIELDS) add(rights?.[field], 'decisions', id, field, field === 'decides');
  }
  return found;
}
