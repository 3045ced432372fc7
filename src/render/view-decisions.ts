import type { ViewContext } from './view-context.js';
import type { DecisionView } from './view-types.js';
import { upperFirst } from '../core/text.js';

/** Every decision the file lists, and every required or recommended one it leaves out, in catalog order. */
export function decisionsView(ctx: ViewContext): DecisionView[] {
  const shown = [...ctx.model.decisions.values()].filter((d) => ctx.team.decisions.has(d.id) || d.expectation !== 'optional');
  return shown.map((d) => {
    const rights = ctx.team.decisions.get(d.id);
    const decides = ctx.names(rights?.decides ?? []);
    return {
      id: d.id,
      label: d.label,
      // "Who is on the team: who is on the team" says it once.
      description: d.description.toLowerCase() === d.label.toLowerCase() ? '' : upperFirst(d.description),
      decides: decides ?? ctx.say.t('chart.nobody-yet'),
      unassigned: !decides,
      agree: ctx.names(rights?.agree ?? []),
      recommends: ctx.names(rights?.recommends ?? []),
      input: ctx.names(rights?.input ?? []),
      informed: ctx.names(rights?.informed ?? []),
      notes: ctx.notes(rights?.data.notes),
    };
  });
}
