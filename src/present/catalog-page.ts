import type { Model } from '../resolve/model.js';
import { upperFirst } from '../core/text.js';

const roleList = (model: Model, ids: readonly string[]) =>
  ids.length ? ids.map((id) => (id === 'team' ? 'the whole team' : (model.roles.get(id)?.label ?? id))).join(', ') : 'nobody in particular';

/** `carechart explain ID` for a responsibility, decision or role: what each model says of it. */
export function catalogPage(id: string, models: readonly Model[]): string | undefined {
  const out: string[] = [];
  for (const model of models) {
    const section = responsibilitySection(model, id) ?? decisionSection(model, id) ?? roleSection(model, id);
    if (section) out.push(`## In the ${model.label.toLowerCase()} model (\`${model.id}\`)`, '', ...section, '');
  }
  if (out.length === 0) return undefined;
  const first = models.find((m) => m.responsibilities.has(id) || m.decisions.has(id) || m.roles.has(id))!;
  const title = first.responsibilities.get(id)?.label ?? first.decisions.get(id)?.label ?? first.roles.get(id)?.label ?? id;
  const kind = first.responsibilities.has(id) ? 'responsibility' : first.decisions.has(id) ? 'decision' : 'role';
  return [`# ${title} (\`${id}\`, a ${kind})`, '', ...out].join('\n');
}

function responsibilitySection(model: Model, id: string): string[] | undefined {
  const r = model.responsibilities.get(id);
  if (!r) return undefined;
  return [
    `${upperFirst(r.description)}. Area: ${r.area}.`,
    '',
    `- **Expectation:** ${r.expectation}${r.expectation === 'optional' ? '' : ` (unassigned is ${r.expectation === 'required' ? 'an error' : 'a warning'})`}`,
    `- **Expected to answer for it:** ${roleList(model, r.expected)}`,
    ...(r.not.length ? [`- **Should not own it:** ${roleList(model, r.not)}`] : []),
    `- **Ask:** ${r.question}`,
    ...(r.why ? ['', r.why] : []),
    ...(r.source ? ['', `Source: ${r.source}`] : []),
  ];
}

function decisionSection(model: Model, id: string): string[] | undefined {
  const d = model.decisions.get(id);
  if (!d) return undefined;
  return [
    `${upperFirst(d.description)}.`,
    '',
    `- **Expectation:** ${d.expectation}`,
    `- **Expected to decide:** ${roleList(model, d.expected)}`,
    ...(d.not.length ? [`- **Should not decide it:** ${roleList(model, d.not)}`] : []),
    `- **Ask:** ${d.question}`,
    ...(d.why ? ['', d.why] : []),
    ...(d.source ? ['', `Source: ${d.source}`] : []),
  ];
}

function roleSection(model: Model, id: string): string[] | undefined {
  const role = model.roles.get(id);
  if (!role) return undefined;
  const expected = [...model.responsibilities.values()].filter((r) => r.expected.includes(id)).map((r) => r.label);
  const not = [...model.responsibilities.values()].filter((r) => r.not.includes(id)).map((r) => r.label);
  return [
    ...(role.does ? [role.does, ''] : []),
    `- **Family side:** ${role.family ? 'yes' : 'no'}`,
    `- **Titles that mean this role:** ${role.aliases.join(', ') || 'none'} (the longest match wins)`,
    ...(role.core.length ? [`- **Core duties:** ${role.core.map((c) => model.responsibilities.get(c)?.label ?? c).join(', ')}`] : []),
    ...(expected.length ? [`- **Expected to answer for:** ${expected.join(', ')}`] : []),
    ...(not.length ? [`- **Should not own:** ${not.join(', ')}`] : []),
    ...(role.source ? ['', `Source: ${role.source}`] : []),
  ];
}
