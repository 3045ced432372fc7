import { suggestedId } from '../validate/id-suggestion.js';
import { ID_PATTERN } from '../validate/value-formats.js';
import type { TeamFile } from '../validate/team-schema.js';
import { actsAs } from './acts-as.js';
import { resolveRole } from './infer-role.js';
import { isFamilyRole, type Model } from './model.js';
import type { ResolvedAssignment, ResolvedDecision, Team, TeamMember } from './team.js';

const list = (value: string | string[] | null | undefined): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** Applies the model to a validated team file: roles, assignments of known ids, what each member acts as. */
export function resolveTeam(file: TeamFile, raw: unknown, model: Model): Team {
  const responsibilities = new Map<string, ResolvedAssignment>();
  const assignments = file.responsibilities ?? {};
  for (const id in assignments) {
    if (!model.responsibilities.has(id)) continue;
    const assignment = assignments[id] ?? {};
    const accountable = list(assignment.accountable);
    responsibilities.set(id, {
      id,
      data: assignment,
      accountable,
      responsible: assignment.responsible ?? accountable,
      consulted: assignment.consulted ?? [],
      informed: assignment.informed ?? [],
      backup: assignment.backup ?? undefined,
    });
  }
  const decisions = new Map<string, ResolvedDecision>();
  const allRights = file.decisions ?? {};
  for (const id in allRights) {
    if (!model.decisions.has(id)) continue;
    const rights = allRights[id] ?? {};
    decisions.set(id, {
      id,
      data: rights,
      decides: list(rights.decides),
      agree: rights.agree ?? [],
      recommends: rights.recommends ?? [],
      input: rights.input ?? [],
      informed: rights.informed ?? [],
    });
  }
  // Each member's duties, in the order of the responsibilities: one pass, not one per member.
  const dutiesOf = new Map<string, string[]>();
  const hold = (memberId: string, dutyId: string) => {
    const list = dutiesOf.get(memberId);
    if (!list) dutiesOf.set(memberId, [dutyId]);
    else if (list[list.length - 1] !== dutyId) list.push(dutyId);
  };
  for (const a of responsibilities.values()) {
    for (const id of a.accountable) hold(id, a.id);
    for (const id of a.responsible) hold(id, a.id);
  }
  const readIds = rawMembers(raw).map((m) => readId(m, raw));
  const rawIndexes = indexesById(readIds);
  const seen = new Map<string, number>();
  const members: TeamMember[] = file.members.map((data) => {
    const occurrence = seen.get(data.id) ?? 0;
    seen.set(data.id, occurrence + 1);
    const { role, source } = resolveRole(model, data.role, data.title);
    const duties = new Set(dutiesOf.get(data.id));
    return {
      id: data.id,
      name: data.name,
      index: rawIndexes.get(data.id)?.[occurrence] ?? -1,
      data,
      role,
      roleSource: source,
      family: isFamilyRole(model, role),
      actsAs: actsAs(model, role, duties),
      duties,
    };
  });
  const byId = new Map<string, TeamMember>();
  for (const m of members) if (!byId.has(m.id)) byId.set(m.id, m);
  return { file, members, byId, writtenIds: writtenIds(raw, readIds), responsibilities, decisions };
}

function rawMembers(raw: unknown): unknown[] {
  const members = (raw as { members?: unknown } | null)?.members;
  return Array.isArray(members) ? members : [];
}

/**
 * A raw member's id as validation read it: as written, or worked out again when validation could
 * not read it ("Kayla" → "kayla"). Once per member: working it out looks at every member.
 */
function readId(member: unknown, raw: unknown): string | undefined {
  const written = (member as { id?: unknown } | null)?.id;
  if (typeof written !== 'string') return undefined;
  return ID_PATTERN.test(written) ? written : suggestedId(written, raw);
}

/** An id as written, and as validation read it ("Kayla" is read as "kayla", with its own finding). */
function writtenIds(raw: unknown, readIds: readonly (string | undefined)[]): Set<string> {
  const ids = new Set<string>();
  rawMembers(raw).forEach((m, i) => {
    const id = (m as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    ids.add(id);
    if (readIds[i]) ids.add(readIds[i]);
  });
  return ids;
}

/** Where each id is read in the file as written (validation may have set earlier entries aside): a member's index is that of its occurrence. */
function indexesById(readIds: readonly (string | undefined)[]): Map<string, number[]> {
  const indexes = new Map<string, number[]>();
  readIds.forEach((id, i) => {
    if (id === undefined) return;
    const list = indexes.get(id);
    if (list) list.push(i);
    else indexes.set(id, [i]);
  });
  return indexes;
}
