import type { Responsibility } from '../resolve/model-schema.js';
import { expectedOf } from '../resolve/situations.js';
import type { ResolvedAssignment } from '../resolve/team.js';
import type { ViewContext } from './view-context.js';
import type { AreaView, AssignmentView, GridView } from './view-types.js';
import { upperFirst } from '../core/text.js';

/**
 * The responsibilities the chart shows, in the model's catalog order: every one the file lists,
 * and every required or recommended one it leaves out (printed as "Nobody yet"), a situation of the
 * child's included.
 */
export function shownResponsibilities(ctx: ViewContext): Responsibility[] {
  return [...ctx.model.responsibilities.values()].filter(
    (r) => ctx.team.responsibilities.has(r.id) || expectedOf(ctx.team.file, ctx.model, r).expectation !== 'optional',
  );
}

function assignmentView(r: Responsibility, a: ResolvedAssignment | undefined, ctx: ViewContext): AssignmentView {
  const accountable = a?.accountable ?? [];
  const responsible = a?.responsible ?? [];
  return {
    id: r.id,
    label: r.label,
    description: upperFirst(r.description),
    answers: ctx.names(accountable) ?? ctx.say.t('chart.nobody-yet'),
    unassigned: accountable.length === 0,
    backup: a?.backup ? ctx.name(a.backup) : null,
    does: ctx.names(responsible),
    asked: ctx.names(a?.consulted ?? []),
    informed: ctx.names(a?.informed ?? []),
    notes: ctx.notes(a?.data.notes),
  };
}

/** Grouped by the model's areas, in the order the catalog first names them. */
export function areasView(ctx: ViewContext): AreaView[] {
  const areas = new Map<string, AssignmentView[]>();
  for (const r of shownResponsibilities(ctx)) {
    const list = areas.get(r.area) ?? [];
    list.push(assignmentView(r, ctx.team.responsibilities.get(r.id), ctx));
    areas.set(r.area, list);
  }
  return [...areas].map(([area, responsibilities]) => ({ name: upperFirst(area), responsibilities }));
}

/** A = answers for it, R = does it (besides whoever answers), C = asked first, I = kept informed, B = backup. */
function cell(memberId: string, a: ResolvedAssignment | undefined, letter: string): string {
  if (!a) return '';
  const [A, R, C, I, B] = [...letter];
  const accountable = a.accountable.includes(memberId);
  let letters = '';
  if (accountable) letters += A;
  if (!accountable && a.responsible.includes(memberId)) letters += R;
  if (a.consulted.includes(memberId)) letters += C;
  if (a.informed.includes(memberId)) letters += I;
  if (a.backup === memberId) letters += B;
  return letters;
}

/** Members × responsibilities, one letter code per cell. */
export function gridView(ctx: ViewContext, memberIds: readonly string[]): GridView {
  const shown = shownResponsibilities(ctx);
  // The five letters of the legend, in the chart's language (chart.grid.letters).
  const letters = ctx.say.t('chart.grid.letters');
  const meanings = ['answers', 'does', 'asked', 'informed', 'backup'];
  return {
    legend: meanings.map((m, i) => ({ letter: [...letters][i]!, words: ctx.say.t(`chart.grid.legend.${m}`) })),
    columns: shown.map((r) => ({ id: r.id, label: r.label })),
    rows: memberIds.map((id) => ({
      name: ctx.name(id),
      cells: shown.map((r) => cell(id, ctx.team.responsibilities.get(r.id), letters)),
    })),
  };
}
