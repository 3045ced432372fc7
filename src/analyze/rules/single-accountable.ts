import type { Rule, RuleHit } from '../rule.js';
import { decisionPhrase, dutyPhrase, names } from '../wording.js';
import { guide } from '../sources.js';

/** "both" for two, "all" for more. */
const allOf = (ids: readonly string[]) => (ids.length === 2 ? 'both' : 'all');

export const singleAccountable: Rule = {
  id: 'single-accountable',
  severity: 'error',
  summary: '`accountable` or `decides` names more than one member.',
  question: 'Which one person answers for this, so that each of the others knows it is not theirs?',
  docs: {
    why: 'When two people own a duty, each can assume the other has it. One person answers for each duty; others can do the work (`responsible`) or be asked (`consulted`).',
    source: guide('perspective', 'Who is accountable for what, and how will I know?'),
    fails: 'responsibilities:\n  crisis-plan:\n    accountable: [jordan, dr-shah]',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan\n    responsible: [jordan, dr-shah]',
  },
  check({ team, model }) {
    const hits: RuleHit[] = [];
    for (const a of team.responsibilities.values()) {
      if (a.accountable.length < 2) continue;
      hits.push({
        subject: a.id,
        at: ['responsibilities', a.id, 'accountable'],
        message: `${names(team, a.accountable)} are ${allOf(a.accountable)} named accountable for ${dutyPhrase(model, a.id)}; name one, and list the others as responsible`,
      });
    }
    for (const d of team.decisions.values()) {
      if (d.decides.length < 2) continue;
      hits.push({
        subject: d.id,
        at: ['decisions', d.id, 'decides'],
        message: `${names(team, d.decides)} are ${allOf(d.decides)} named to decide ${decisionPhrase(model, d.id)}; name one (or "team" for a team consensus), and list the others under "agree"`,
      });
    }
    return hits;
  },
};
