import { addDuration, daysBetween } from '../analyze/dates.js';
import type { ViewContext } from './view-context.js';
import type { ReviewView } from './view-types.js';
import { everyText } from './words.js';

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
    const { say } = ctx;
    if (days < 0) status = say.t('chart.review.overdue', { days: -days });
    else if (days === 0) status = say.t('chart.review.today');
    else status = say.t('chart.review.in-days', { days });
    if (computed) status = say.t('chart.review.counted', { status });
  } else if (!every) {
    status = ctx.say.t('chart.review.none');
  }
  return {
    every: every ? everyText(every, ctx.say) : null,
    last: last ? ctx.say.date(last) : null,
    next: next ? ctx.say.date(next) : null,
    status,
  };
}
