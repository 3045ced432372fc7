import type { Rule } from '../rule.js';
import { heldDuties } from '../duties.js';
import { memberHits } from '../member-hits.js';
import { guide } from '../sources.js';

export const contactMissing: Rule = {
  id: 'contact-missing',
  severity: 'warning',
  summary: 'A member who holds a duty has neither phone nor email.',
  docs: {
    why: 'A duty holder the family cannot reach is a dead end. "A single point of contact reduces the communication burden on parents" only if there is a way to contact them.',
    source: guide('programs', 'single point of contact: reduces the communication burden on parents'),
    fails: 'members:\n  - { id: kim, name: Kim Osei, title: Clinical Director }   # backup for the crisis response',
    passes: 'members:\n  - { id: kim, name: Kim Osei, title: Clinical Director, contact: { phone: "555-0102" } }',
  },
  check({ team, say }) {
    const held = heldDuties(team);
    return memberHits(team, say, 'contact-missing', (m) => held.has(m.id) && !m.data.contact?.phone && !m.data.contact?.email, 'contact', 'key');
  },
};
