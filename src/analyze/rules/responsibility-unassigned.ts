import { unassigned } from '../catalog-checks.js';
import type { Rule } from '../rule.js';
import { childSituations, expectedOf } from '../../resolve/situations.js';
import type { Situation } from '../../resolve/model-schema.js';
import { dutyPhrase } from '../wording.js';
import { guide } from '../sources.js';

export const responsibilityUnassigned: Rule = {
  id: 'responsibility-unassigned',
  severity: 'error',
  summary: 'A required (error) or recommended (warning) responsibility of the model has no accountable member; a situation of the child (`child.situations`) can make a duty required.',
  docs: {
    why: 'Families "wait months for progress, and then realize no one had clear ownership". A duty with no owner is the gap this tool exists to find.',
    source: `${guide('perspective')}; ${guide('when', 'the high-impact scenarios')}`,
    fails: 'responsibilities:\n  crisis-plan:\n    responsible: [dr-shah]   # does the work, but nobody answers for it',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan\n    responsible: [dr-shah]',
  },
  check({ team, model, say }) {
    // A situation of the child (an insurance denial, a recent crisis) makes some duties required.
    const raisedBy = new Map<string, Situation[]>();
    const situations = childSituations(team.file, model);
    const items = situations.length === 0 ? model.responsibilities.values() : [...model.responsibilities.values()].map((r) => {
      const expected = expectedOf(team.file, model, r, situations);
      if (expected.because.length === 0) return r;
      raisedBy.set(r.id, expected.because);
      return { ...r, expectation: expected.expectation, question: expected.because[0]!.question ?? r.question };
    });
    return unassigned(
      items,
      'responsibilities',
      (id) => (team.responsibilities.get(id)?.accountable.length ?? 0) > 0,
      (r, expectation) => {
        const because = raisedBy.get(r.id);
        const values = { duty: dutyPhrase(model, r.id), description: r.description, expectation, model: model.id };
        return because
          ? say.t('rule.responsibility-unassigned.because', { ...values, because: say.list(because.map((s) => s['because-of'])) })
          : say.t('rule.responsibility-unassigned.message', values);
      },
    );
  },
};
