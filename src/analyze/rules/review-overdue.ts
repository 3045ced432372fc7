import type { Rule } from '../rule.js';
import type { KeyPath } from '../../core/locator.js';
import { addDuration, daysBetween } from '../dates.js';
import { guide } from '../sources.js';

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  summary: 'Today (or `--today`) is past `review.next`, or past `review.last` plus the cadence.',
  question: 'When will the overdue plan review take place?',
  docs: {
    why: 'A review on paper that never happens is no review. If the date has passed, the family can ask for it now.',
    source: guide('limitations', 'you have the right to request a program review'),
    fails: '# checked on 2026-11-23\nprogram:\n  review: { every: 90 days, last: 2026-05-01 }',
    passes: 'program:\n  review: { every: 90 days, last: 2026-10-15, next: 2027-01-13 }',
  },
  check({ team, today }) {
    const review = team.file.program?.review;
    if (!review) return [];
    const due: { date: string; at: KeyPath; how: string }[] = [];
    if (review.next) due.push({ date: review.next, at: ['program', 'review', 'next'], how: 'planned for' });
    if (review.last && review.every) {
      due.push({ date: addDuration(review.last, review.every), at: ['program', 'review', 'last'], how: `due (last review ${review.last}, every ${review.every.text}) on` });
    }
    const overdue = due.filter((d) => d.date < today).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!overdue) return [];
    const days = daysBetween(overdue.date, today);
    return [{
      subject: 'plan-review',
      at: overdue.at,
      message: `The plan review is overdue: it was ${overdue.how} ${overdue.date}, ${days} day${days === 1 ? '' : 's'} before ${today}`,
    }];
  },
};
