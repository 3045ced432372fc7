import { unassigned } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { decisionPhrase } from '../wording.js';
import { guide } from '../sources.js';

export const decisionUnassigned: Rule = {
  id: 'decision-unassigned',
  severity: 'error',
  summary: 'A required (error) or recommended (warning) decision of the model has nobody who decides it.',
  docs: {
    why: 'Families "realize no one had clear ownership of the key decisions" only after months. Each decision needs a named decider, or "team" for a team consensus.',
    source: guide('perspective', 'a written responsibility chart lists who makes which decisions'),
    fails: 'decisions:\n  service-plan-approval:\n    recommends: [jordan]',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana\n    recommends: [jordan]',
  },
  check({ team, model, say }) {
    return unassigned(
      model.decisions.values(),
      'decisions',
      (id) => (team.decisions.get(id)?.decides.length ?? 0) > 0,
      (d, expectation) => say.t('rule.decision-unassigned.message', { decision: decisionPhrase(model, d.id), description: d.description, expectation, model: model.id }),
    );
  },
};
