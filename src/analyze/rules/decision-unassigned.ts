import type { Rule, RuleHit } from '../rule.js';
import { decisionPhrase } from '../wording.js';

export const decisionUnassigned: Rule = {
  id: 'decision-unassigned',
  severity: 'error',
  summary: 'A required (error) or recommended (warning) decision of the model has nobody who decides it.',
  question: 'Who makes this decision?',
  docs: {
    why: 'Families "realize no one had clear ownership of the key decisions" only after months. Each decision needs a named decider, or "team" for a team consensus.',
    source: '000: a responsibility chart lists "who makes which decisions".',
    fails: 'decisions:\n  service-plan-approval:\n    recommends: [jordan]',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana\n    recommends: [jordan]',
  },
  check({ team, model }) {
    const hits: RuleHit[] = [];
    for (const decision of model.decisions.values()) {
      if (decision.expectation === 'optional') continue;
      if ((team.decisions.get(decision.id)?.decides.length ?? 0) > 0) continue;
      const kind = decision.expectation === 'required' ? 'required' : 'recommended';
      hits.push({
        subject: decision.id,
        at: ['decisions', decision.id],
        part: 'key',
        severity: decision.expectation === 'required' ? 'error' : 'warning',
        question: decision.question,
        message: `Nobody is named to decide ${decisionPhrase(model, decision.id)} (${decision.description}), ${kind} in the ${model.id} model`,
      });
    }
    return hits;
  },
};
