import { outOfScope } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { decisionPhrase, roleWords } from '../wording.js';
import { guide, handout } from '../sources.js';

export const decisionMisassigned: Rule = {
  id: 'decision-misassigned',
  severity: 'warning',
  summary: '`decides` is held by a role the model says should not decide it.',
  docs: {
    why: 'Some decisions belong to the family or to the people who pay. A coordinator who approves the plan or pays for services takes a decision away from them.',
    source: `${guide('difference', 'comparison table')}; ${handout('difference', 'comparison table')}`,
    fails: '# model: case-management\ndecisions:\n  service-plan-approval:\n    decides: jordan   # role: care-coordinator',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana      # role: parent\n    recommends: [jordan]',
  },
  check({ team, model, say }) {
    const holders = [...team.decisions.values()].map((d) => ({ id: d.id, members: d.decides }));
    return outOfScope(team, model, 'decisions', holders, 'decides', (member, label, id) =>
      say.t('rule.decision-misassigned.message', { name: member.name, label, decision: decisionPhrase(model, id), model: model.id, role: roleWords(model, member.role) }),
    );
  },
};
