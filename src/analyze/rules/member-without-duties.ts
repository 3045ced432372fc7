import type { Rule } from '../rule.js';
import { heldDuties, membersWithASay } from '../duties.js';
import { memberHits } from '../member-hits.js';
import { guide } from '../sources.js';

export const memberWithoutDuties: Rule = {
  id: 'member-without-duties',
  severity: 'warning',
  summary: 'A professional holds no responsibility (accountable, responsible or backup) and has no part in any decision.',
  docs: {
    why: 'A professional on the team with no written duty is either doing work nobody can see, or no work at all. Either way, the chart should say which.',
    source: guide('perspective', 'list every professional involved and what they are responsible for'),
    fails: 'members:\n  - { id: dr-shah, name: Dr. Priya Shah, title: Pediatrician }   # named nowhere else',
    passes: 'responsibilities:\n  crisis-response:\n    accountable: jordan\n    responsible: [jordan, dr-shah]',
  },
  check({ team, say }) {
    const held = heldDuties(team);
    const parts = membersWithASay(team);
    return memberHits(team, say, 'member-without-duties', (m) => !m.family && !held.has(m.id) && !parts.has(m.id), 'id');
  },
};
