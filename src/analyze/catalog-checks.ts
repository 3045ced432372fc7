import type { Decision, Responsibility } from '../resolve/model-schema.js';
import type { Model } from '../resolve/model.js';
import type { Team, TeamMember } from '../resolve/team.js';
import type { RuleHit } from './rule.js';

type Section = 'responsibilities' | 'decisions';

/** Required (error) and recommended (warning) catalog items that nobody holds. */
export function unassigned(
  items: Iterable<Responsibility | Decision>,
  section: Section,
  isHeld: (id: string) => boolean,
  message: (item: Responsibility | Decision, kind: string) => string,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const item of items) {
    if (item.expectation === 'optional' || isHeld(item.id)) continue;
    hits.push({
      subject: item.id,
      at: [section, item.id],
      part: 'key',
      severity: item.expectation === 'required' ? 'error' : 'warning',
      question: item.question,
      message: message(item, item.expectation),
    });
  }
  return hits;
}

/** Members holding a catalog item that the model says their role should not hold. */
export function outOfScope(
  team: Team,
  model: Model,
  section: Section,
  holders: Iterable<{ id: string; members: readonly string[] }>,
  field: string,
  message: (member: TeamMember, roleLabel: string, id: string) => string,
  /** Members the check leaves alone for this item. */
  excused: (member: TeamMember, item: { expected: string[] }) => boolean = () => false,
): RuleHit[] {
  const catalog: Map<string, { not: string[]; expected: string[] }> = section === 'responsibilities' ? model.responsibilities : model.decisions;
  const hits: RuleHit[] = [];
  for (const { id, members } of holders) {
    const item = catalog.get(id);
    const not = item?.not ?? [];
    for (const memberId of members) {
      const member = team.byId.get(memberId);
      if (!member || !not.includes(member.role) || excused(member, item!)) continue;
      const label = model.roles.get(member.role)?.label ?? member.role;
      hits.push({ subject: id, at: [section, id, field], message: message(member, label, id) });
    }
  }
  return hits;
}
