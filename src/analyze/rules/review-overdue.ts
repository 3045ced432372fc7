import type { Rule } from '../rule.js';
import type { KeyPath } from '../../core/locator.js';
import { addDuration, daysBetween } from '../dates.js';
import { guide } from '../sources.js';
import { durationWords } from '../wording.js';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  summary: 'Today (or `--today`) is past `review.next`, or past `review.last` plus the cadence.',
  docs: {
    why: 'A review on paper that never happens is no review. If the date has passed, the family can ask for it now.',
    source: guide('limitations', 'you have the right to request a program review'),
    fails: '# checked on 2026-11-23\nprogram:\n  review: { every: 90 days, last: 2026-05-01 }',
    passes: 'program:\n  review: { every: 90 days, last: 2026-10-15, next: 2027-01-13 }',
  },
  check({ team, today, say }) {
    const review = team.file.program?.review;
    if (!review) return [];
    const due: { date: string; at: KeyPath; key: string }[] = [];
    if (review.next) due.push({ date: review.next, at: ['program', 'review', 'next'], key: 'planned' });
    if (review.last && review.every) {
      due.push({ date: addDuration(review.last, review.every), at: ['program', 'review', 'last'], key: 'due' });
    }
    const overdue = due.filter((d) => d.date < today).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!overdue) return [];
    const days = daysBetween(overdue.date, today);
    return [{
      subject: 'plan-review',
      at: overdue.at,
      message: say.t(`rule.review-overdue.${overdue.key}`, { date: overdue.date, days, today, last: review.last ?? '', every: review.every ? durationWords(review.every, say) : '' }),
    }];
  },
};
