import type { Rule, RuleHit } from '../rule.js';
import { decisionPhrase, dutyPhrase, names } from '../wording.js';
import { guide } from '../sources.js';

export const singleAccountable: Rule = {
  id: 'single-accountable',
  severity: 'error',
  summary: '`accountable` or `decides` names more than one member.',
  docs: {
    why: 'When two people own a duty, each can assume the other has it. One person answers for each duty; others can do the work (`responsible`) or be asked (`consulted`).',
    source: guide('perspective', 'Who is accountable for what, and how will I know?'),
    fails: 'responsibilities:\n  crisis-plan:\n    accountable: [jordan, dr-shah]',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan\n    responsible: [jordan, dr-shah]',
  },
  check({ team, model, say }) {
    const hits: RuleHit[] = [];
    const shared = (section: string, id: string, key: string, holders: string[], words: () => Record<string, string>) => {
      if (holders.length < 2) return;
      const message = say.t(`rule.single-accountable.${key}`, { names: names(team, holders, say), ...words(), count: holders.length });
      hits.push({ subject: id, at: [section, id, key], message });
    };
    for (const a of team.responsibilities.values()) shared('responsibilities', a.id, 'accountable', a.accountable, () => ({ duty: dutyPhrase(model, a.id) }));
    for (const d of team.decisions.values()) shared('decisions', d.id, 'decides', d.decides, () => ({ decision: decisionPhrase(model, d.id) }));
    return hits;
  },
};
