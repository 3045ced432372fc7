import { addDuration, daysBetween } from '../analyze/dates.js';
import type { ViewContext } from './view-context.js';
import type { ReviewView } from './view-types.js';
import { plural } from '../core/text.js';
import { everyText, longDate } from './words.js';

/** How often the plan is reviewed, when it last was, when it next is, and whether that is overdue. */
export function reviewView(ctx: ViewContext): ReviewView {
  const review = ctx.team.file.program?.review;
  const every = review?.every;
  const last = review?.last;
  const computed = !review?.next && last && every ? addDuration(last, every) : undefined;
  const next = review?.next ?? computed;
  let status: string | null = null;
  if (next) {
    const days = daysBetween(ctx.today, next);
    if (days < 0) status = `Overdue: the review was due ${plural(-days, 'day')} ago.`;
    else if (days === 0) status = 'The review is due today.';
    else status = `The next review is in ${plural(days, 'day')}.`;
    if (computed) status = `${status} (Counted from the last review; no date is set.)`;
  } else if (!every) {
    status = 'No review schedule is written down.';
  }
  return {
    every: every ? everyText(every) : null,
    last: last ? longDate(last) : null,
    next: next ? longDate(next) : null,
    status,
  };
}
