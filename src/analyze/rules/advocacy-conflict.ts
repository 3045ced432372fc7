import type { Rule, RuleHit } from '../rule.js';
import { dutyPhrase } from '../wording.js';
import { guide, IEP_TEAM } from '../sources.js';

/** Each advocacy duty, and the role it may have to be argued against. */
const CHALLENGED: Readonly<Record<string, { role: string; side: 'school' | 'insurer' }>> = {
  'school-advocacy': { role: 'school', side: 'school' },
  'insurance-advocacy': { role: 'funding-team', side: 'insurer' },
};

export const advocacyConflict: Rule = {
  id: 'advocacy-conflict',
  severity: 'warning',
  summary: '`school-advocacy` is held (accountable) by a school member, or `insurance-advocacy` by a funding-team member: the side being challenged would advocate against itself.',
  docs: {
    why: 'Advocacy means pushing back "when the school district claims it cannot provide a specific service, when insurance denies an ABA therapy claim". The school\'s own IEP case manager or the health plan\'s own care manager works for the side the family may have to challenge: they cannot be the family\'s advocate against it.',
    source: `${guide('what-they-do', 'the case manager fights for your child when the school district or insurance says no')}; ${IEP_TEAM}`,
    fails: 'members:\n  - { id: ms-cole, name: Dana Cole, title: IEP Case Manager, role: school }\nresponsibilities:\n  school-advocacy:\n    accountable: ms-cole',
    passes: 'members:\n  - { id: ms-cole, name: Dana Cole, title: IEP Case Manager, role: school }\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  school-advocacy:\n    accountable: jordan\n    consulted: [ms-cole]',
  },
  check({ team, model, say }) {
    const hits: RuleHit[] = [];
    for (const [duty, { role, side }] of Object.entries(CHALLENGED)) {
      const owner = team.byId.get(team.responsibilities.get(duty)?.accountable[0] ?? '');
      if (owner?.role !== role) continue;
      hits.push({
        subject: duty,
        at: ['responsibilities', duty, 'accountable'],
        message: say.t('rule.advocacy-conflict.message', { name: owner.name, duty: dutyPhrase(model, duty), side }),
      });
    }
    return hits;
  },
};
