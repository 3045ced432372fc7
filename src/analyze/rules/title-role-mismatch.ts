import type { Rule, RuleHit } from '../rule.js';
import { lowerFirst, roleWords } from '../wording.js';
import { guide } from '../sources.js';

export const titleRoleMismatch: Rule = {
  id: 'title-role-mismatch',
  severity: 'warning',
  summary: "A case manager or care coordinator holds duties, none of them their role's core duties and some of them the other role's.",
  docs: {
    why: '"When a family is told their child has a care coordinator but they expect the full advocacy and planning power of a case manager, they may go months without proper support." The title says one role; the duties say another.',
    source: guide('perspective'),
    fails: 'members:\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  scheduling: { accountable: jordan }\n  provider-communication: { accountable: jordan }',
    passes: 'responsibilities:\n  service-plan: { accountable: jordan }\n  scheduling: { accountable: jordan }',
  },
  check({ team, model, say }) {
    const hits: RuleHit[] = [];
    for (const m of team.members) {
      const own = model.roles.get(m.role)?.core ?? [];
      if (own.length === 0 || m.duties.size === 0) continue;
      const held = [...m.duties];
      if (held.some((d) => own.includes(d))) continue;
      const others = [...model.roles.values()].filter((r) => r.id !== m.role).flatMap((r) => r.core);
      if (!held.some((d) => others.includes(d))) continue;
      const labels = held.map((d) => lowerFirst(model.responsibilities.get(d)?.label ?? d));
      hits.push({
        subject: m.id,
        at: ['members', m.index, m.roleSource === 'title' ? 'title' : 'role'],
        message: say.t(`rule.title-role-mismatch.${m.roleSource === 'title' ? 'titled' : 'by-role'}`, {
          name: m.name,
          title: m.data.title ?? '',
          duties: say.list(labels),
          role: roleWords(model, m.role),
        }),
      });
    }
    return hits;
  },
};
