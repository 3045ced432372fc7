import { outOfScope } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { dutyPhrase, roleWords } from '../wording.js';

export const roleScope: Rule = {
  id: 'role-scope',
  severity: 'warning',
  summary: 'A member is accountable for a responsibility the model says their role should not own.',
  docs: {
    why: 'The two models disagree on which role is the broad one. Under case management a care coordinator does not own the service plan or the crisis plan; under wraparound the agency case manager does not.',
    source: '000 (case manager vs care coordinator table); 001 ("develops the crisis plan" vs "implements some or all of the crisis plan").',
    fails: '# model: case-management\nresponsibilities:\n  crisis-plan:\n    accountable: jordan   # role: care-coordinator',
    passes: '# model: wraparound\nresponsibilities:\n  crisis-plan:\n    accountable: jordan   # role: care-coordinator',
  },
  check({ team, model, say }) {
    const holders = [...team.responsibilities.values()].map((a) => ({ id: a.id, members: a.accountable }));
    return outOfScope(team, model, 'responsibilities', holders, 'accountable', (member, label, id) =>
      say.t('rule.role-scope.message', { name: member.name, label, duty: dutyPhrase(model, id), model: model.id, role: roleWords(model, member.role) }),
    );
  },
};
