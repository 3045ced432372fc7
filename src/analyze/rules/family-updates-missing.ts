import type { Rule } from '../rule.js';
import { accountableMembers } from '../duties.js';
import { memberHits } from '../member-hits.js';
import { FAMILY_DECIDERS } from '../../resolve/model.js';
import { guide } from '../sources.js';

export const familyUpdatesMissing: Rule = {
  id: 'family-updates-missing',
  severity: 'warning',
  summary: 'A member accountable for something has no `updates` (how and how often the family hears from them).',
  docs: {
    why: 'A responsibility chart says "how they communicate with you". Without an agreed rhythm, families chase updates by phone.',
    source: guide('perspective', 'the chart lists how each professional communicates with you'),
    fails: 'members:\n  - { id: jordan, name: Jordan Lee, title: Case Manager }   # accountable for the service plan',
    passes: 'members:\n  - id: jordan\n    name: Jordan Lee\n    title: Case Manager\n    updates: { every: 2 weeks, via: email }',
  },
  check({ team, say }) {
    const accountable = accountableMembers(team);
    return memberHits(team, say, 'family-updates-missing', (m) => accountable.has(m.id) && !FAMILY_DECIDERS.includes(m.role) && !m.data.updates, 'updates', 'key');
  },
};
