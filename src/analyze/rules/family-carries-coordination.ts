import type { Rule, RuleHit } from '../rule.js';
import { FAMILY_SIDE, roleLabel } from '../../resolve/model.js';
import { coordinationDuties, leadRoleExpected } from '../lead-role.js';
import { dutyPhrase, roleWords } from '../wording.js';
import { guide, handout } from '../sources.js';

export const familyCarriesCoordination: Rule = {
  id: 'family-carries-coordination',
  severity: 'warning',
  summary: "A parent, youth or natural support is accountable for the lead role's core duties or the program's coordination (error when the model expects its lead role).",
  docs: {
    why: 'A family that holds every thread is doing the program\'s work. "If your family is managing more than three overlapping service needs at once ... the coordination load alone justifies" a case manager; in wraparound the care coordinator always carries it. A parent who writes the plan and calls every provider does not make a case manager present.',
    source: `${guide('when', 'Pro Tip: more than three overlapping service needs, the coordination load alone justifies it')}; ${guide('programs', 'a single point of contact reduces the communication burden on parents')}; ${handout('difference', 'the care coordinator as the single point of entry')}`,
    fails: 'members:\n  - { id: marcus, name: Marcus Reed, title: Father }\nresponsibilities:\n  service-plan: { accountable: marcus }',
    passes: 'members:\n  - { id: marcus, name: Marcus Reed, title: Father }\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  service-plan: { accountable: jordan, consulted: [marcus] }',
  },
  check({ team, model, say }) {
    const lead = model.leadRole;
    const duties = coordinationDuties(model);
    const expected = leadRoleExpected(team, model);
    const hits: RuleHit[] = [];
    for (const a of team.responsibilities.values()) {
      if (!duties.has(a.id)) continue;
      const family = a.accountable.map((id) => team.byId.get(id)).filter((m) => m && FAMILY_SIDE.includes(m.role));
      for (const m of family) {
        const values = { name: m!.name, label: roleLabel(model, m!.role), duty: dutyPhrase(model, a.id) };
        hits.push({
          subject: a.id,
          at: ['responsibilities', a.id, 'accountable'],
          severity: expected ? 'error' : 'warning',
          message: expected && lead
            ? say.t('rule.family-carries-coordination.lead', { ...values, role: roleWords(model, lead) })
            : say.t('rule.family-carries-coordination.program', values),
        });
      }
    }
    return hits;
  },
};
