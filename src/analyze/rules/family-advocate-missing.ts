import type { Rule } from '../rule.js';
import { handout } from '../sources.js';

export const familyAdvocateMissing: Rule = {
  id: 'family-advocate-missing',
  severity: 'warning',
  summary: 'No family advocate, and `family-advocate: declined` is not set (severity per model).',
  docs: {
    why: 'In wraparound the team includes a family advocate: a parent with lived experience who stands with the family. A family may decline one; the file should then say so.',
    source: handout('team', 'the team includes a family advocate'),
    fails: 'members:\n  - { id: ana, name: Ana Rivera, role: parent }',
    passes: 'family-advocate: declined   # or list a member with role family-advocate',
  },
  check({ team, say }) {
    if (team.file['family-advocate'] === 'declined') return [];
    if (team.members.some((m) => m.role === 'family-advocate')) return [];
    return [{
      subject: 'family-advocate',
      at: ['members'],
      part: 'key',
      message: say.t('rule.family-advocate-missing.message'),
    }];
  },
};
