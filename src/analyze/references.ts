import type { KeyPath } from '../load/locator.js';
import type { Team } from '../resolve/team.js';
import { valueAt } from '../validate/schema-findings.js';

export interface Reference {
  id: string;
  at: KeyPath;
  /** `team` is a valid reference only here. */
  teamAllowed: boolean;
}

const ASSIGNMENT_FIELDS = ['accountable', 'responsible', 'consulted', 'informed', 'backup'] as const;
const DECISION_FIELDS = ['decides', 'agree', 'recommends', 'input', 'informed'] as const;

/** Every member reference in the file, each with the path of the reference itself. */
export function references(team: Team, raw: unknown): Reference[] {
  const { file } = team;
  const found: Reference[] = [];
  const add = (value: unknown, at: KeyPath, teamAllowed = false) => {
    // A list points at each item; a single id at the value itself, as written.
    if (Array.isArray(value)) {
      const written = valueAt(raw, at);
      value.forEach((id, i) => found.push({ id: String(id), at: Array.isArray(written) ? [...at, i] : at, teamAllowed }));
    } else if (typeof value === 'string') {
      found.push({ id: value, at, teamAllowed });
    }
  };
  for (const m of team.members) add(m.data.supervisor, ['members', m.index, 'supervisor']);
  // Most fields are not written: their paths are not made.
  for (const [id, assignment] of Object.entries(file.responsibilities ?? {})) {
    for (const field of ASSIGNMENT_FIELDS) if (assignment?.[field] != null) add(assignment[field], ['responsibilities', id, field]);
  }
  for (const [id, rights] of Object.entries(file.decisions ?? {})) {
    for (const field of DECISION_FIELDS) if (rights?.[field] != null) add(rights[field], ['decisions', id, field], field === 'decides');
  }
  return found;
}

