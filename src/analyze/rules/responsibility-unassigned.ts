import type { Rule, RuleHit } from '../rule.js';
import { dutyPhrase } from '../wording.js';

export const responsibilityUnassigned: Rule = {
  id: 'responsibility-unassigned',
  severity: 'error',
  summary: 'A required (error) or recommended (warning) responsibility of the model has no accountable member.',
  question: 'Who is accountable for this?',
  docs: {
    why: 'Families "wait months for progress, and then realize no one had clear ownership". A duty with no owner is the gap this tool exists to find.',
    source: '000: "Our perspective: why clear role definitions matter more than titles".',
    fails: 'responsibilities:\n  crisis-plan:\n    responsible: [dr-shah]   # does the work, but nobody answers for it',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan\n    responsible: [dr-shah]',
  },
  check({ team, model }) {
    const hits: RuleHit[] = [];
    for (const duty of model.responsibilities.values()) {
      if (duty.expectation === 'optional') continue;
      if ((team.responsibilities.get(duty.id)?.accountable.length ?? 0) > 0) continue;
      const kind = duty.expectation === 'required' ? 'required' : 'recommended';
      hits.push({
        subject: duty.id,
        at: ['responsibilities', duty.id],
        part: 'key',
        severity: duty.expectation === 'required' ? 'error' : 'warning',
        question: duty.question,
        message: `Nobody is accountable for ${dutyPhrase(model, duty.id)} (${duty.description}), ${kind} in the ${model.id} model`,
      });
    }
    return hits;
  },
};
