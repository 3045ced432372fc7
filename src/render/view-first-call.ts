import type { ViewContext } from './view-context.js';
import { contactView, titleOf } from './view-members.js';
import type { CallView, FirstCallView } from './view-types.js';

function call(purpose: string, id: string | undefined, ctx: ViewContext, missing: string): CallView {
  const member = id ? ctx.team.byId.get(id) : undefined;
  if (!id || !member) return { purpose, name: null, title: null, contact: null, missing };
  return { purpose, name: ctx.name(id), title: titleOf(member, ctx), contact: contactView(member, ctx), missing: null };
}

/** The catalog's question, or the rule's where a custom model has no such responsibility. */
function question(ctx: ViewContext, responsibility: string, rule: string): string {
  return ctx.model.responsibilities.get(responsibility)?.question ?? ctx.say.t(`rule.${rule}.question`);
}

/**
 * Who to call first: the single point of contact, the crisis contact (who answers for the crisis
 * response) and their backup, each with their hours; the crisis response's notes are where teams
 * write the after-hours line.
 */
export function firstCallView(ctx: ViewContext): FirstCallView {
  const contact = ctx.team.responsibilities.get('single-point-of-contact');
  const crisis = ctx.team.responsibilities.get('crisis-response');
  const { say } = ctx;
  const askCrisis = question(ctx, 'crisis-response', 'crisis-backup-missing');
  return {
    calls: [
      call(say.t('chart.first-call.anything'), contact?.accountable[0], ctx, question(ctx, 'single-point-of-contact', 'lead-role-missing')),
      call(say.t('chart.first-call.crisis'), crisis?.accountable[0], ctx, askCrisis),
      call(say.t('chart.first-call.crisis-away'), crisis?.backup, ctx, say.t('rule.crisis-backup-missing.question')),
    ],
    afterHours: ctx.notes(crisis?.data.notes),
  };
}
