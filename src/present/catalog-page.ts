import type { Messages } from '../i18n/messages.js';
import { rolePhrases } from '../resolve/infer-role.js';
import type { Model } from '../resolve/model.js';
import { upperFirst } from '../core/text.js';

const roleList = (model: Model, ids: readonly string[], say: Messages) =>
  ids.length
    ? ids.map((id) => (id === 'team' ? say.t('explain.whole-team') : (model.roles.get(id)?.label ?? id))).join(', ')
    : say.t('explain.nobody-in-particular');

/** `carechart explain ID` for a responsibility, decision, role or situation: what each model says of it. */
export function catalogPage(id: string, models: readonly Model[], say: Messages): string | undefined {
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  const out: string[] = [];
  for (const model of models) {
    const section = responsibilitySection(model, id, say) ?? decisionSection(model, id, say) ?? roleSection(model, id, say) ?? situationSection(model, id, say);
    if (section) out.push(`## ${t('in-model', { model: model.label.toLowerCase(), id: model.id })}`, '', ...section, '');
  }
  if (out.length === 0) return undefined;
  const first = models.find((m) => m.responsibilities.has(id) || m.decisions.has(id) || m.roles.has(id) || m.situations.has(id))!;
  const title = first.responsibilities.get(id)?.label ?? first.decisions.get(id)?.label ?? first.roles.get(id)?.label ?? first.situations.get(id)?.label ?? id;
  const kind = first.responsibilities.has(id) ? 'responsibility' : first.decisions.has(id) ? 'decision' : first.roles.has(id) ? 'role' : 'situation';
  return [`# ${t('title', { title, id, kind })}`, '', ...out].join('\n');
}

function responsibilitySection(model: Model, id: string, say: Messages): string[] | undefined {
  const r = model.responsibilities.get(id);
  if (!r) return undefined;
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  return [
    `${upperFirst(r.description)}. ${t('area', { area: r.area })}`,
    '',
    `- ${t('expectation', { expectation: r.expectation })}`,
    `- ${t('expected-owner', { roles: roleList(model, r.expected, say) })}`,
    ...(r.not.length ? [`- ${t('not-owner', { roles: roleList(model, r.not, say) })}`] : []),
    `- ${t('ask', { question: r.question })}`,
    ...(r.why ? ['', r.why] : []),
    ...(r.source ? ['', t('source-line', { source: r.source })] : []),
  ];
}

function decisionSection(model: Model, id: string, say: Messages): string[] | undefined {
  const d = model.decisions.get(id);
  if (!d) return undefined;
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  return [
    `${upperFirst(d.description)}.`,
    '',
    `- ${t('decision-expectation', { expectation: d.expectation })}`,
    `- ${t('expected-decider', { roles: roleList(model, d.expected, say) })}`,
    ...(d.not.length ? [`- ${t('not-decider', { roles: roleList(model, d.not, say) })}`] : []),
    `- ${t('ask', { question: d.question })}`,
    ...(d.why ? ['', d.why] : []),
    ...(d.source ? ['', t('source-line', { source: d.source })] : []),
  ];
}

function roleSection(model: Model, id: string, say: Messages): string[] | undefined {
  const role = model.roles.get(id);
  if (!role) return undefined;
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  const expected = [...model.responsibilities.values()].filter((r) => r.expected.includes(id)).map((r) => r.label);
  const not = [...model.responsibilities.values()].filter((r) => r.not.includes(id)).map((r) => r.label);
  return [
    ...(role.does ? [role.does, ''] : []),
    `- ${t('family-side', { family: String(role.family) })}`,
    `- ${t('titles', { titles: rolePhrases(role).join(', ') || t('none') })}`,
    ...(role.core.length ? [`- ${t('core', { duties: role.core.map((c) => model.responsibilities.get(c)?.label ?? c).join(', ') })}`] : []),
    ...(expected.length ? [`- ${t('answers-for', { duties: expected.join(', ') })}`] : []),
    ...(not.length ? [`- ${t('not-own', { duties: not.join(', ') })}`] : []),
    ...(role.source ? ['', t('source-line', { source: role.source })] : []),
  ];
}

function situationSection(model: Model, id: string, say: Messages): string[] | undefined {
  const situation = model.situations.get(id);
  if (!situation) return undefined;
  const t = (key: string, values?: Record<string, string>) => say.t(`explain.${key}`, values);
  const raised = situation.raises.map((r) => model.responsibilities.get(r)?.label ?? r);
  return [
    `${upperFirst(situation.description)}. ${t('situation-where', { id })}`,
    '',
    `- ${t('makes-required', { duties: raised.join(', '), because: situation['because-of'] })}`,
    ...(situation.question ? [`- ${t('ask', { question: situation.question })}`] : []),
    ...(situation.why ? ['', situation.why] : []),
    ...(situation.source ? ['', t('source-line', { source: situation.source })] : []),
  ];
}
