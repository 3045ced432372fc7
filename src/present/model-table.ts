import type { Model } from '../resolve/model.js';
import { heading, table, type TableStyle } from './text-table.js';

/** Roles the model names anywhere as expected to hold, or not to hold, a duty or decision. */
function namedRoles(model: Model): string[] {
  const named = new Set<string>();
  for (const item of [...model.responsibilities.values(), ...model.decisions.values()]) {
    for (const id of [...item.expected, ...item.not]) named.add(id);
  }
  const order = [...model.roles.keys(), 'team'];
  return order.filter((id) => named.has(id));
}

const label = (model: Model, id: string) => (id === 'team' ? 'whole team' : (model.roles.get(id)?.label ?? id));
const mark = (expected: readonly string[], not: readonly string[], role: string) =>
  expected.includes(role) ? 'expected' : not.includes(role) ? 'not' : '';

/** `carechart models show`: the model as the seeds' side-by-side table of what each role does. */
export function modelTable(model: Model, style: TableStyle): string {
  const roles = namedRoles(model);
  const withCore = [...model.roles.values()].filter((r) => r.core.length > 0);
  const parts = [heading(`${model.label} (${model.id})`, 1, style)];
  if (model.file.summary) parts.push(model.file.summary);
  parts.push(
    heading('What each role does', 2, style),
    table(
      ['', ...withCore.map((r) => r.label)],
      [
        ['Does', ...withCore.map((r) => r.does ?? '')],
        ['Core duties', ...withCore.map((r) => r.core.map((d) => model.responsibilities.get(d)?.label ?? d).join(', '))],
      ],
      style,
    ),
    heading('Responsibilities: who the model expects to answer for each', 2, style),
    table(
      ['Area', 'Responsibility', 'Id', 'Expectation', ...roles.filter((r) => r !== 'team').map((r) => label(model, r))],
      [...model.responsibilities.values()].map((r) => [
        r.area,
        r.label,
        r.id,
        r.expectation,
        ...roles.filter((role) => role !== 'team').map((role) => mark(r.expected, r.not, role)),
      ]),
      style,
    ),
    heading('Decisions: who the model expects to decide', 2, style),
    table(
      ['Decision', 'Id', 'Expectation', ...roles.map((r) => label(model, r))],
      [...model.decisions.values()].map((d) => [d.label, d.id, d.expectation, ...roles.map((role) => mark(d.expected, d.not, role))]),
      style,
    ),
    ...situationsTable(model, style),
    heading('Settings', 2, style),
    table(
      ['Setting', 'Value'],
      [
        ['Lead role', model.leadRole ? label(model, model.leadRole) : 'none'],
        ['Lead role expected', model.leadRoleNeedsOver === undefined ? 'always' : `when the child has more than ${model.leadRoleNeedsOver} needs`],
        ['Longest review cadence', model.longestReview?.text ?? 'none'],
        ...Object.entries(model.ruleSeverities).map(([rule, severity]) => [`Rule ${rule}`, severity]),
      ],
      style,
    ),
  );
  if (model.file.sources.length > 0) {
    parts.push(
      heading('Sources', 2, style),
      table(['Source', 'Notes'], model.file.sources.map((s) => [s.title, [s.where, s.note].filter(Boolean).join(' ')]), style),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** What each situation of `child.situations` makes required. */
function situationsTable(model: Model, style: TableStyle): string[] {
  if (model.situations.size === 0) return [];
  return [
    heading('Situations: what makes a duty required right now', 2, style),
    table(
      ['Situation', 'Id', 'Meaning', 'Makes required'],
      [...model.situations.values()].map((s) => [
        s.label,
        s.id,
        s.description,
        s.raises.map((id) => model.responsibilities.get(id)?.label ?? id).join(', '),
      ]),
      style,
    ),
  ];
}
