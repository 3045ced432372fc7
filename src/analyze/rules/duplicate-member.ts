import type { Rule, RuleHit } from '../rule.js';
import { valueAt } from '../../core/value-at.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

export const duplicateMember: Rule = {
  id: 'duplicate-member',
  severity: 'error',
  summary: 'Two members share an id.',
  docs: {
    why: 'Every duty and decision names a member by id. When two members share one, nobody can tell which of them a duty belongs to.',
    source: `${TEAM_FILE_FORMAT}: member ids are unique`,
    fails: 'members:\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\n  - { id: jordan, name: Jordan Park, title: Therapist }',
    passes: 'members:\n  - { id: jordan-lee, name: Jordan Lee, title: Case Manager }\n  - { id: jordan-park, name: Jordan Park, title: Therapist }',
  },
  check({ raw, say }) {
    const members = valueAt(raw, ['members']);
    if (!Array.isArray(members)) return [];
    const first = new Map<string, string>();
    const hits: RuleHit[] = [];
    members.forEach((m, i) => {
      const id = m?.id;
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      const name = typeof m.name === 'string' ? m.name : id;
      if (earlier === undefined) first.set(id, name);
      else hits.push({ subject: id, at: ['members', i, 'id'], message: say.t('rule.duplicate-member.message', { name, id, earlier }) });
    });
    return hits;
  },
};
