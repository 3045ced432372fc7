import { unassigned } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { dutyPhrase } from '../wording.js';

export const responsibilityUnassigned: Rule = {
  id: 'responsibility-unassigned',
  severity: 'error',
  summary: 'A required (error) or recommended (warning) responsibility of the model has no accountable member.',
  docs: {
    why: 'Families "wait months for progress, and then realize no one had clear ownership". A duty with no owner is the gap this tool exists to find.',
    source: '000: "Our perspective: why clear role definitions matter more than titles".',
    fails: 'responsibilities:\n  crisis-plan:\n    responsible: [dr-shah]   # does the work, but nobody answers for it',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan\n    responsible: [dr-shah]',
  },
  check({ team, model, say }) {
    return unassigned(
      model.responsibilities.values(),
      'responsibilities',
      (id) => (team.responsibilities.get(id)?.accountable.length ?? 0) > 0,
      (r, expectation) => say.t('rule.responsibility-unassigned.message', { duty: dutyPhrase(model, r.id), description: r.description, expectation, model: model.id }),
    );
  },
};
