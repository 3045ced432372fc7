import type { Messages } from '../i18n/messages.js';
import type { Model } from '../resolve/model.js';
import { PLACEHOLDERS } from '../validate/placeholders.js';

const comment = (text: string, indent = '') => `${indent}# ${text}`;

/**
 * A commented team file for a family to fill in. `check` lists the gaps it leaves open on purpose
 * (each duty the model requires or recommends, with the question to ask about it) and each example
 * value still to be replaced (`placeholder-left`).
 */
export function starterFile(model: Model, today: string, say: Messages): string {
  const t = (key: string, values?: Record<string, string>) => say.t(`init.${key}`, values);
  const lead = model.leadRole ? model.roles.get(model.leadRole) : undefined;
  const duties = [...model.responsibilities.values()].filter((r) => r.expectation !== 'optional');
  const decisions = [...model.decisions.values()].filter((d) => d.expectation !== 'optional' && d.id !== 'service-plan-approval');
  const lines = [
    comment(t('intro', { model: model.label.toLowerCase() })),
    comment(t('fill-in')),
    comment(t('render')),
    comment(t('format')),
    'carechart: 1',
    `model: ${model.origin.includes('/') ? JSON.stringify(model.origin) : model.origin}`,
    ...(say.lang === 'en' ? [] : [`lang: ${say.lang}`]),
    `as-of: "${today}"`,  // quoted: YAML 1.1 tools (PyYAML) would read a date, not the string the schema wants
    '',
    'child:',
    `  name: ${JSON.stringify(say.t(PLACEHOLDERS.childName))}`,
    comment('age: 9', '  '),
    comment('needs: [aba-therapy, speech-therapy, special-education, medical-care]', '  '),
    ...situationLines(model, say),
    '',
    'program:',
    `  name: ${JSON.stringify(say.t(PLACEHOLDERS.programName))}`,
    '  review:',
    comment(t('review'), '    '),
    comment('every: 90 days', '    '),
    '',
    'members:',
    '  - id: parent',
    `    name: ${JSON.stringify(say.t(PLACEHOLDERS.yourName))}`,
    `    title: ${t('parent-title')}`,
    '    role: parent',
    '    contact:',
    comment(`phone: "555-0100"      # ${t('in-quotes')}`, '      '),
    comment('email: you@example.org', '      '),
    comment(`language: es           # ${t('interpreter')}`, '      '),
    comment(t('add-each'), '  '),
    comment(lead ? t('role-from-title-lead', { role: lead.label }) : t('role-from-title'), '  '),
    comment('- id: jordan', '  '),
    comment('  name: Jordan Lee', '  '),
    comment(`  title: ${lead ? titleCase(lead.label) : 'Care Coordinator'}`, '  '),
    comment(`  organization: ${JSON.stringify(say.t(PLACEHOLDERS.agency))}`, '  '),
    comment('  contact: { phone: "555-0101", email: jordan@example.org }', '  '),
    comment(`  updates: { every: 2 weeks, via: email }   # ${t('updates')}`, '  '),
    '',
    'responsibilities:',
    comment(t('who-answers'), '  '),
    ...duties.flatMap((r) => [
      `  ${r.id}:${' '.repeat(Math.max(1, 28 - r.id.length))}# ${t(r.expectation)}: ${r.description}`,
      comment(t('ask', { question: r.question }), '    '),
      '    accountable:',
    ]),
    '',
    'decisions:',
    '  service-plan-approval:',
    `    decides: parent             # ${t('family-approves')}`,
    ...decisions.flatMap((d) => [
      `  ${d.id}:${' '.repeat(Math.max(1, 28 - d.id.length))}# ${t(d.expectation)}: ${d.description}`,
      comment(t('ask', { question: d.question }), '    '),
      '    decides:',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** The model's situations, commented out: a family writes the ones happening now. */
function situationLines(model: Model, say: Messages): string[] {
  const situations = [...model.situations.values()];
  if (situations.length === 0) return [];
  return [
    comment(say.t('init.situations'), '  '),
    ...situations.map((s) => comment(`  ${s.id.padEnd(22)} ${s.description}`, '  ')),
    comment(`situations: [${situations[0]!.id}]`, '  '),
  ];
}

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
