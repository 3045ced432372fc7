import type { ViewContext } from './view-context.js';
import { contactView, titleOf } from './view-members.js';
import type { CallView, FirstCallView } from './view-types.js';

function call(purpose: string, id: string | undefined, ctx: ViewContext, missing: string): CallView {
  const member = id ? ctx.team.byId.get(id) : undefined;
  if (!id || !member) return { purpose, name: null, title: null, contact: null, missing };
  return { purpose, name: ctx.name(id), title: titleOf(member, ctx), contact: contactView(member, ctx), missing: null };
}

function question(ctx: ViewContext, responsibility: string, fallback: string): string {
  return ctx.model.responsibilities.get(responsibility)?.question ?? fallback;
}

/**
 * Who to call first: the single point of contact, the crisis contact (who answers for the crisis
 * response) and their backup, each with their hours; the crisis response's notes are where teams
 * write the after-hours line.
 */
export function firstCallView(ctx: ViewContext): FirstCallView {
  const contact = ctx.team.responsibilities.get('single-point-of-contact');
  const crisis = ctx.team.responsibilities.get('crisis-response');
  const askCrisis = question(ctx, 'crisis-response', 'If our child is in crisis, who do we call first?');
  return {
    calls: [
      call('Anything, first', contact?.accountable[0], ctx, question(ctx, 'single-point-of-contact', 'Who is the one person we call first?')),
      call('A crisis', crisis?.accountable[0], ctx, askCrisis),
      call('A crisis, when they are away', crisis?.backup, ctx, 'If the person we call in a crisis is away or does not answer, who do we call instead?'),
    ],
    afterHours: ctx.notes(crisis?.data.notes),
  };
}
