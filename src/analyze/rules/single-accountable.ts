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
    for (const a of team.responsibilities.values()) {
      if (a.accountable.length < 2) continue;
      hits.push({
        subject: a.id,
        at: ['responsibilities', a.id, 'accountable'],
        message: say.t('rule.single-accountable.accountable', { names: names(team, a.accountable, say), duty: dutyPhrase(model, a.id), count: a.accountable.length }),
      });
    }
    for (const d of team.decisions.values()) {
      if (d.decides.length < 2) continue;
      hits.push({
        subject: d.id,
        at: ['decisions', d.id, 'decides'],
        message: say.t('rule.single-accountable.decides', { names: names(team, d.decides, say), decision: decisionPhrase(model, d.id), count: d.decides.length }),
      });
    }
    return hits;
  },
};
