import type { Rule } from '../rule.js';
import { valueAt } from '../../core/value-at.js';
import { guide, handout } from '../sources.js';

export const reviewCadenceMissing: Rule = {
  id: 'review-cadence-missing',
  severity: 'error',
  summary: '`program.review.every` is absent.',
  docs: {
    why: '"Regular plan reviews ensure support keeps pace with your child\'s growth." Without a cadence, a plan can go unrevisited for a year.',
    source: `${guide('programs', 'How often does the team review and update the service plan?')}; ${handout('team', 'the Team meets regularly')}`,
    fails: 'program:\n  name: Riverbend Autism Services',
    passes: 'program:\n  name: Riverbend Autism Services\n  review:\n    every: 90 days',
  },
  check({ team, raw, say }) {
    // Written but malformed ("every: 90") is a schema finding, not a missing cadence.
    if (team.file.program?.review?.every || valueAt(raw, ['program', 'review', 'every']) !== undefined) return [];
    return [{
      subject: 'plan-review',
      at: ['program', 'review', 'every'],
      part: 'key',
      message: say.t('rule.review-cadence-missing.message'),
    }];
  },
};
