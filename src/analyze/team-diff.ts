import type { Team } from '../resolve/team.js';
import type { Finding } from '../core/finding.js';

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

export interface TeamDiff {
  joined: MemberSummary[];
  left: MemberSummary[];
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
    // As written: the default (the accountable member again) would only repeat "answers for".
    responsible: a.data.responsible ?? [],
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
    const gained = (after.get(id) ?? []).filter((p) => !was.has(key(p)));
    const lost = (before.get(id) ?? []).filter((p) => !is.has(key(p)));
    return gained.length || lost.length ? [{ id, name: name(id), gained, lost }] : [];
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
    responsibilities: changes(responsibilityParts(old.team), responsibilityParts(now.team), name),
    decisions: changes(decisionParts(old.team), decisionParts(now.team), name),
    gapsOpened: now.findings.filter((f) => !oldGaps.has(gapKey(f))),
    gapsClosed: old.findings.filter((f) => !newGaps.has(gapKey(f))),
  };
}
