import { outOfScope } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { dutyPhrase, roleWords } from '../wording.js';
import { guide, handout } from '../sources.js';

export const roleScope: Rule = {
  id: 'role-scope',
  severity: 'warning',
  summary: 'A member is accountable for a responsibility the model says their role should not own, unless their duties make them act as the role the model expects for it.',
  docs: {
    why: 'The two models disagree on which role is the broad one. Under case management a care coordinator does not own the service plan or the crisis plan; under wraparound the agency case manager does not. A care coordinator who really does the case manager\'s work (holds its core duties) is not warned: the title matters far less than who is accountable for what.',
    source: `${guide('difference', 'comparison table')}; ${handout('difference', 'comparison table: develops the crisis plan, implements some or all of it')}`,
    fails: '# model: case-management\nresponsibilities:\n  crisis-plan:\n    accountable: jordan   # role: care-coordinator',
    passes: '# model: wraparound\nresponsibilities:\n  crisis-plan:\n    accountable: jordan   # role: care-coordinator',
  },
  check({ team, model, say }) {
    const holders = [...team.responsibilities.values()].map((a) => ({ id: a.id, members: a.accountable }));
    // Titles matter less than duties: a member who acts as the role the model expects here is doing that role's work.
    return outOfScope(
      team,
      model,
      'responsibilities',
      holders,
      'accountable',
      (member, label, id) =>
        say.t('rule.role-scope.message', { name: member.name, label, duty: dutyPhrase(model, id), model: model.id, role: roleWords(model, member.role) }),
      (member, item) => member.actsAs !== member.role && item.expected.includes(member.actsAs),
    );
  },
};
