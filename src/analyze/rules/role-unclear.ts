import type { Rule, RuleHit } from '../rule.js';
import { guide } from '../sources.js';

export const roleUnclear: Rule = {
  id: 'role-unclear',
  severity: 'info',
  summary: 'A member has no `role:` and no phrase of the title lexicon matches their title: they count as a provider.',
  docs: {
    why: 'Every judgment depends on who is who: a mother taken for a professional, or a therapist taken for a family friend, gives wrong verdicts a parent cannot see. When the title does not say, carechart counts the member as a service provider and says so.',
    source: guide('perspective', 'the title matters far less than who is accountable for what'),
    fails: 'members:\n  - { id: kim, name: Kim Lee, title: Reading Tutor }',
    passes: 'members:\n  - { id: kim, name: Kim Lee, title: Reading Tutor, role: school }',
  },
  check({ team, say }) {
    const hits: RuleHit[] = [];
    for (const m of team.members) {
      if (m.roleSource !== 'default' || m.data.role !== undefined) continue;
      const title = m.data.title;
      hits.push({
        subject: m.id,
        at: title ? ['members', m.index, 'title'] : ['members', m.index],
        message: title ? say.t('rule.role-unclear.titled', { title, name: m.name }) : say.t('rule.role-unclear.untitled', { name: m.name }),
      });
    }
    return hits;
  },
};
