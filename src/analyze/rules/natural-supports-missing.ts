import type { Rule } from '../rule.js';
import { handout, NWI } from '../sources.js';

export const naturalSupportsMissing: Rule = {
  id: 'natural-supports-missing',
  severity: 'warning',
  summary: 'No natural support (relative, neighbor, coach, mentor, faith leader) on the team (severity per model).',
  docs: {
    why: 'Paid services end; the people in a family\'s own life stay. Wraparound plans include "community and natural supports".',
    source: `${handout('difference', 'inclusion of community and natural supports')}; ${NWI}`,
    fails: 'members:   # only parents and professionals',
    passes: 'members:\n  - { id: rosa, name: Rosa Rivera, title: Grandmother, role: natural-support, contact: { phone: "555-0109" } }',
  },
  check({ team, say }) {
    if (team.members.some((m) => m.role === 'natural-support')) return [];
    return [{
      subject: 'natural-support',
      at: ['members'],
      part: 'key',
      message: say.t('rule.natural-supports-missing.message'),
    }];
  },
};
