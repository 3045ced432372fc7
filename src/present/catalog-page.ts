import { rolePhrases } from '../resolve/infer-role.js';
import type { Model } from '../resolve/model.js';
import { upperFirst } from '../core/text.js';

const roleList = (model: Model, ids: readonly string[]) =>
  ids.length ? ids.map((id) => (id === 'team' ? 'the whole team' : (model.roles.get(id)?.label ?? id))).join(', ') : 'nobody in particular';

/** `carechart explain ID` for a responsibility, decision, role or situation: what each model says of it. */
export function catalogPage(id: string, models: readonly Model[]): string | undefined {
  const out: string[] = [];
  for (const model of models) {
    const section = responsibilitySection(model, id) ?? decisionSection(model, id) ?? roleSection(model, id) ?? situationSection(model, id);
    if (section) out.push(`## In the ${model.label.toLowerCase()} model (\`${model.id}\`)`, '', ...section, '');
  }
  if (out.length === 0) return undefined;
  const first = models.find((m) => m.responsibilities.has(id) || m.decisions.has(id) || m.roles.has(id) || m.situations.has(id))!;
  const title = first.responsibilities.get(id)?.label ?? first.decisions.get(id)?.label ?? first.roles.get(id)?.label ?? first.situations.get(id)?.label ?? id;
  const kind = first.responsibilities.has(id) ? 'responsibility' : first.decisions.has(id) ? 'decision' : first.roles.has(id) ? 'role' : 'situation';
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
    `- **Titles that mean this role:** ${rolePhrases(role).join(', ') || 'none'} (whole words, case and accents ignored; the phrase with the most words wins)`,
    ...(role.core.length ? [`- **Core duties:** ${role.core.map((c) => model.responsibilities.get(c)?.label ?? c).join(', ')}`] : []),
    ...(expected.length ? [`- **Expected to answer for:** ${expected.join(', ')}`] : []),
    ...(not.length ? [`- **Should not own:** ${not.join(', ')}`] : []),
    ...(role.source ? ['', `Source: ${role.source}`] : []),
  ];
}

function situationSection(model: Model, id: string): string[] | undefined {
  const situation = model.situations.get(id);
  if (!situation) return undefined;
  const raised = situation.raises.map((r) => model.responsibilities.get(r)?.label ?? r);
  return [
    `${upperFirst(situation.description)}. Write it in the team file under \`child\`: \`situations: [${id}]\`.`,
    '',
    `- **Makes required:** ${raised.join(', ')} (nobody accountable is then an error, "required because of ${situation['because-of']}")`,
    ...(situation.question ? [`- **Ask:** ${situation.question}`] : []),
    ...(situation.why ? ['', situation.why] : []),
    ...(situation.source ? ['', `Source: ${situation.source}`] : []),
  ];
}
