import type { Team } from '../../resolve/team.js';
import type { Rule } from '../rule.js';
import { names } from '../wording.js';
import { AGE_OF_MAJORITY, handout } from '../sources.js';

export const ADULT_AGE = 18;

/** Parents who decide the plan for a young adult who neither decides nor agrees; empty when none. */
export function parentsDecidingAlone(team: Team): string[] {
  const age = team.file.child.age;
  const approval = team.decisions.get('service-plan-approval');
  if (age === undefined || age < ADULT_AGE || !approval) return [];
  const youth = new Set(team.members.filter((m) => m.role === 'youth').map((m) => m.id));
  if ([...approval.decides, ...approval.agree].some((id) => youth.has(id))) return [];
  return approval.decides.filter((id) => team.byId.get(id)?.role === 'parent');
}

export const adultDecisions: Rule = {
  id: 'adult-decisions',
  severity: 'warning',
  summary: '`child.age` is 18 or more and a parent decides `service-plan-approval` while the youth neither decides nor agrees.',
  docs: {
    why: 'At 18 a young person is an adult: the plan is theirs to approve, unless a court or a legal arrangement (guardianship, a power of attorney) says otherwise. Asking whether they have "a part" in the plan, as for a teenager, is no longer enough.',
    source: `${AGE_OF_MAJORITY}; ${handout('team', 'full partnership and collaboration of all Team members, including the youth/family')}`,
    fails: 'child: { name: Leo R., age: 19 }\ndecisions:\n  service-plan-approval: { decides: ana, input: [leo] }   # ana: role parent; leo: role youth',
    passes: 'child: { name: Leo R., age: 19 }\ndecisions:\n  service-plan-approval: { decides: leo, agree: [ana] }',
  },
  check({ team, say }) {
    const parents = parentsDecidingAlone(team);
    if (parents.length === 0) return [];
    const { name, age } = team.file.child;
    return [{
      subject: 'service-plan-approval',
      at: ['decisions', 'service-plan-approval', 'decides'],
      message: say.t('rule.adult-decisions.message', { name, age: age ?? '', parents: names(team, parents, say), count: parents.length }),
    }];
  },
};
