import type { Rule } from '../rule.js';
import { durationDays } from '../dates.js';
import { NWI } from '../sources.js';
import { durationWords } from '../wording.js';

export const reviewCadenceTooLong: Rule = {
  id: 'review-cadence-too-long',
  severity: 'warning',
  summary: "The review cadence is longer than the model's longest.",
  docs: {
    why: 'Needs change quickly in childhood. Early-intervention plans are reviewed at least every six months; wraparound teams meet at least every 30 to 45 days.',
    source: `IDEA Part C, 34 CFR 303.342 (the IFSP is reviewed every six months), for case management; ${NWI}, for wraparound`,
    fails: '# model: wraparound (longest: 45 days)\nprogram:\n  review:\n    every: 3 months',
    passes: 'program:\n  review:\n    every: 30 days',
  },
  check({ team, model, say }) {
    const every = team.file.program?.review?.every;
    const longest = model.longestReview;
    if (!every || !longest || durationDays(every) <= durationDays(longest) + 1e-9) return [];
    return [{
      subject: 'plan-review',
      at: ['program', 'review', 'every'],
      message: say.t('rule.review-cadence-too-long.message', { every: durationWords(every, say), model: model.id, longest: durationWords(longest, say) }),
    }];
  },
};
