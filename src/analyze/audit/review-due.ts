import { parseDuration } from '../../validate/value-formats.js';
import { addDuration } from '../dates.js';

/** As the `review-overdue` rule judges it: past `next`, or past `last` plus the cadence. */
export function reviewOverdue(review: { every: string | null; last: string | null; next: string | null }, today: string): boolean {
  if (review.next && review.next < today) return true;
  const every = review.every ? parseDuration(review.every) : undefined;
  return Boolean(review.last && every && addDuration(review.last, every) < today);
}
