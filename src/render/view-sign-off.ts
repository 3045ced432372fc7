import { lowerFirst } from '../analyze/wording.js';
import type { ViewContext } from './view-context.js';
import { titleOf } from './view-members.js';
import type { SignOffView } from './view-types.js';

/**
 * A line for every member who holds a duty (answers for, does or backs up a responsibility), and
 * for everyone who decides or must agree to a decision: the parents sign too, not just the staff.
 */
export function signOffView(ctx: ViewContext, memberIds: readonly string[]): SignOffView[] {
  const { team, model } = ctx;
  const lines: SignOffView[] = [];
  for (const id of memberIds) {
    const label = (rid: string) => lowerFirst(model.responsibilities.get(rid)?.label ?? rid);
    const dlabel = (did: string) => lowerFirst(model.decisions.get(did)?.label ?? did);
    const assignments = [...team.responsibilities.values()];
    const decisions = [...team.decisions.values()];
    const parts = [
      ['answers', assignments.filter((a) => a.accountable.includes(id)).map((a) => label(a.id))],
      ['does', assignments.filter((a) => !a.accountable.includes(id) && a.responsible.includes(id)).map((a) => label(a.id))],
      ['backs-up', assignments.filter((a) => a.backup === id).map((a) => label(a.id))],
      ['decides', decisions.filter((d) => d.decides.includes(id)).map((d) => dlabel(d.id))],
      ['agrees', decisions.filter((d) => d.agree.includes(id)).map((d) => dlabel(d.id))],
    ] as const;
    const holds = parts.filter(([, items]) => items.length > 0).map(([what, items]) => ctx.say.t(`chart.sign-off.${what}`, { items: ctx.say.list(items) }));
    const member = team.byId.get(id);
    if (!member || holds.length === 0) continue;
    lines.push({ name: ctx.name(id), title: titleOf(member, ctx), holds: holds.join(' ') });
  }
  return lines;
}
