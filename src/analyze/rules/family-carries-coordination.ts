import type { Rule, RuleHit } from '../rule.js';
import { FAMILY_SIDE, roleLabel } from '../../resolve/model.js';
import { coordinationDuties, leadRoleExpected } from '../lead-role.js';
import { dutyPhrase, roleWords } from '../wording.js';
import { guide, handout } from '../sources.js';

export const familyCarriesCoordination: Rule = {
  id: 'family-carries-coordination',
  severity: 'warning',
  summary: "A parent, youth or natural support is accountable for the lead role's core duties or the program's coordination (error when the model expects its lead role).",
  question: 'Which professional will take this work off our family, and when?',
  docs: {
    why: 'A family that holds every thread is doing the program\'s work. "If your family is managing more than three overlapping service needs at once ... the coordination load alone justifies" a case manager; in wraparound the care coordinator always carries it. A parent who writes the plan and calls every provider does not make a case manager present.',
    source: `${guide('when', 'Pro Tip: more than three overlapping service needs, the coordination load alone justifies it')}; ${guide('programs', 'a single point of contact reduces the communication burden on parents')}; ${handout('difference', 'the care coordinator as the single point of entry')}`,
    fails: 'members:\n  - { id: marcus, name: Marcus Reed, title: Father }\nresponsibilities:\n  service-plan: { accountable: marcus }',
    passes: 'members:\n  - { id: marcus, name: Marcus Reed, title: Father }\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  service-plan: { accountable: jordan, consulted: [marcus] }',
  },
  check({ team, model }) {
    const lead = model.leadRole;
    const duties = coordinationDuties(model);
    const expected = leadRoleExpected(team, model);
    const hits: RuleHit[] = [];
    for (const a of team.responsibilities.values()) {
      if (!duties.has(a.id)) continue;
      const family = a.accountable.map((id) => team.byId.get(id)).filter((m) => m && FAMILY_SIDE.includes(m.role));
      for (const m of family) {
        const who = `${m!.name} (${roleLabel(model, m!.role)})`;
        const whose = expected && lead ? `: this is the work of ${roleWords(model, lead)}, and the family is carrying it` : ': this is the program\'s work, and the family is carrying it';
        hits.push({
          subject: a.id,
          at: ['responsibilities', a.id, 'accountable'],
          severity: expected ? 'error' : 'warning',
          message: `${who} answers for ${dutyPhrase(model, a.id)}${whose}`,
        });
      }
    }
    return hits;
  },
};
