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
  // No closure inside: one made for every field of every entry was most of what a check allocated here.
  const add = (value: unknown, section: string, key: string | number, field: string, teamAllowed = false) => {
    if (typeof value === 'string') {
      if (wanted(value, teamAllowed)) found.push({ id: value, at: [section, key, field], teamAllowed });
      return;
    }
    if (!Array.isArray(value)) return;
    // A list points at each item; a single id at the value itself, as written.
    let written: unknown;
    for (let i = 0; i < value.length; i++) {
      const id = String(value[i]);
      if (!wanted(id, teamAllowed)) continue;
      const at: KeyPath = [section, key, field];
      written ??= valueAt(raw, at);
      found.push({ id, at: Array.isArray(written) ? [...at, i] : at, teamAllowed });
    }
  };
  for (const m of team.members) add(m.data.supervisor, 'members', m.index, 'supervisor');
  const responsibilities = file.responsibilities ?? {};
  const decisions = file.decisions ?? {};
  for (const id in responsibilities) {
    for (const field of ASSIGNMENT_FIELDS) add(responsibilities[id]?.[field], 'responsibilities', id, field);
  }
  for (const id in decisions) {
    for (const field of DECISION_FIELDS) add(decisions[id]?.[field], 'decisions', id, field, field === 'decides');
  }
  return found;
}
