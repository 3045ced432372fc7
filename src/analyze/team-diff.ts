import type { Team } from '../resolve/team.js';
import type { Finding } from '../core/finding.js';
import { memberEntries, type MemberEntry } from './team-members.js';

export interface MemberSummary {
  id: string;
  name: string;
  title: string | null;
  role: string;
}

export interface Part {
  /** Responsibility or decision id. */
  id: string;
  /** accountable, responsible, backup, consulted, informed; decides, agree, recommends, input, informed. */
  part: string;
}

export interface MemberChange {
  id: string;
  name: string;
  gained: Part[];
  lost: Part[];
}

/** A member in both versions whose role, or the role their duties make them act as, changed. */
export interface RoleChange {
  id: string;
  name: string;
  before: { role: string; actsAs: string | null };
  after: { role: string; actsAs: string | null };
}

export interface TeamDiff {
  joined: MemberSummary[];
  left: MemberSummary[];
  roles: RoleChange[];
  responsibilities: MemberChange[];
  decisions: MemberChange[];
  gapsOpened: Finding[];
  gapsClosed: Finding[];
}

const summary = (team: Team, id: string): MemberSummary => {
  const m = team.byId.get(id)!;
  return { id, name: m.name, title: m.data.title ?? null, role: m.role };
};

/** Each member's parts in the items given, by the parts each item names. */
function partsByMember<T extends { id: string }>(items: Iterable<T>, byPart: (item: T) => Record<string, readonly string[]>): Map<string, Part[]> {
  const parts = new Map<string, Part[]>();
  for (const item of items) {
    for (const [part, ids] of Object.entries(byPart(item))) {
      for (const member of ids) parts.set(member, [...(parts.get(member) ?? []), { id: item.id, part }]);
    }
  }
  return parts;
}

const responsibilityParts = (team: Team) =>
  partsByMember(team.responsibilities.values(), (a) => ({
    accountable: a.accountable,
    // With the implied default (the accountable member), so that a duty already held is never "new".
    responsible: a.responsible,
    consulted: a.consulted,
    informed: a.informed,
    backup: a.backup ? [a.backup] : [],
  }));

const decisionParts = (team: Team) =>
  partsByMember(team.decisions.values(), (d) => ({ decides: d.decides, agree: d.agree, recommends: d.recommends, input: d.input, informed: d.informed }));

const key = (p: Part) => `${p.id}\0${p.part}`;

function changes(before: Map<string, Part[]>, after: Map<string, Part[]>, name: (id: string) => string): MemberChange[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((id) => {
    const was = new Set((before.get(id) ?? []).map(key));
    const is = new Set((after.get(id) ?? []).map(key));
    const gained = quiet((after.get(id) ?? []).filter((p) => !was.has(key(p))));
    const lost = quiet((before.get(id) ?? []).filter((p) => !is.has(key(p))));
    return gained.length || lost.length ? [{ id, name: name(id), gained, lost }] : [];
  });
}

/** "Answers for" says "does" too: doing a duty one answers for is not a second change. */
function quiet(parts: Part[]): Part[] {
  const answers = new Set(parts.filter((p) => p.part === 'accountable').map((p) => p.id));
  return parts.filter((p) => p.part !== 'responsible' || !answers.has(p.id));
}

function roleChanges(old: Team, now: Team): RoleChange[] {
  const was = new Map<string, MemberEntry>();
  for (const m of memberEntries(old)) if (!was.has(m.id)) was.set(m.id, m);
  const seen = new Set<string>();
  return memberEntries(now).flatMap((m) => {
    const before = was.get(m.id);
    if (!before || seen.has(m.id) || (before.role === m.role && before.actsAs === m.actsAs)) return [];
    seen.add(m.id);
    return [{ id: m.id, name: m.name, before: { role: before.role, actsAs: before.actsAs }, after: { role: m.role, actsAs: m.actsAs } }];
  });
}

const gapKey = (f: Finding) => `${f.rule}\0${f.subject}\0${f.message}`;

/** What changed between two versions of a team: people, duties, decisions, and the gaps. */
export function diffTeams(old: { team: Team; findings: Finding[] }, now: { team: Team; findings: Finding[] }): TeamDiff {
  const name = (id: string) => now.team.byId.get(id)?.name ?? old.team.byId.get(id)?.name ?? (id === 'team' ? 'the whole team' : id);
  const oldGaps = new Set(old.findings.map(gapKey));
  const newGaps = new Set(now.findings.map(gapKey));
  return {
    joined: [...now.team.byId.keys()].filter((id) => !old.team.byId.has(id)).map((id) => summary(now.team, id)),
    left: [...old.team.byId.keys()].filter((id) => !now.team.byId.has(id)).map((id) => summary(old.team, id)),
    roles: roleChanges(old.team, now.team),
    responsibilities: changes(responsibilityParts(old.team), responsibilityParts(now.team), name),
    decisions: changes(decisionParts(old.team), decisionParts(now.team), name),
    gapsOpened: now.findings.filter((f) => !oldGaps.has(gapKey(f))),
    gapsClosed: old.findings.filter((f) => !newGaps.has(gapKey(f))),
  };
}
