import type { Rule, RuleHit } from '../rule.js';
import { decisionPhrase, roleWords } from '../wording.js';

export const decisionMisassigned: Rule = {
  id: 'decision-misassigned',
  severity: 'warning',
  summary: '`decides` is held by a role the model says should not decide it.',
  question: 'Should this decision not be ours, or the team\'s, instead?',
  docs: {
    why: 'Some decisions belong to the family or to the people who pay. A coordinator who approves the plan or pays for services takes a decision away from them.',
    source: 'models.md decision catalog ("not" roles).',
    fails: '# model: case-management\ndecisions:\n  service-plan-approval:\n    decides: jordan   # role: care-coordinator',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana      # role: parent\n    recommends: [jordan]',
  },
  check({ team, model }) {
    const hits: RuleHit[] = [];
    for (const d of team.decisions.values()) {
      const not = model.decisions.get(d.id)?.not ?? [];
      for (const id of d.decides) {
        const member = team.byId.get(id);
        if (!member || !not.includes(member.role)) continue;
        hits.push({
          subject: d.id,
          at: ['decisions', d.id, 'decides'],
          message: `${member.name} (${model.roles.get(member.role)?.label ?? member.role}) decides ${decisionPhrase(model, d.id)}, which the ${model.id} model says ${roleWords(model, member.role)} should not decide`,
        });
      }
    }
    return hits;
  },
};
