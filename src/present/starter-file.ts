import type { Messages } from '../i18n/messages.js';
import type { Model } from '../resolve/model.js';

const comment = (text: string, indent = '') => `${indent}# ${text}`;

/**
 * A commented team file for a family to fill in. It passes `check` except for the gaps it leaves
 * open on purpose: each duty the model requires or recommends, with the question to ask about it.
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
    `as-of: ${today}`,
    '',
    'child:',
    `  name: ${JSON.stringify(t('child-name'))}`,
    comment('age: 9', '  '),
    comment('needs: [aba-therapy, speech-therapy, special-education, medical-care]', '  '),
    '',
    'program:',
    `  name: ${JSON.stringify(t('program-name'))}`,
    '  review:',
    comment(t('review'), '    '),
    comment('every: 90 days', '    '),
    '',
    'members:',
    '  - id: parent',
    `    name: ${JSON.stringify(t('your-name'))}`,
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
    comment(`  organization: ${JSON.stringify(t('their-agency'))}`, '  '),
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

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
