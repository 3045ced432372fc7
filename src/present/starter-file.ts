import type { Model } from '../resolve/model.js';
import { PLACEHOLDERS } from '../validate/placeholders.js';

const comment = (text: string, indent = '') => `${indent}# ${text}`;

/**
 * A commented team file for a family to fill in. `check` lists the gaps it leaves open on purpose
 * (each duty the model requires or recommends, with the question to ask about it) and each example
 * value still to be replaced (`placeholder-left`).
 */
export function starterFile(model: Model, today: string): string {
  const lead = model.leadRole ? model.roles.get(model.leadRole) : undefined;
  const duties = [...model.responsibilities.values()].filter((r) => r.expectation !== 'optional');
  const decisions = [...model.decisions.values()].filter((d) => d.expectation !== 'optional' && d.id !== 'service-plan-approval');
  const lines = [
    comment(`A carechart team file: one child's care team under the ${model.label.toLowerCase()} model.`),
    comment('Fill in what you know, then run `carechart check` on this file: it lists every gap, with the'),
    comment('question to ask at the meeting. `carechart render` prints the chart to bring along.'),
    comment('Format: `carechart schema`; every id: `carechart explain ID`.'),
    'carechart: 1',
    `model: ${model.origin.includes('/') ? JSON.stringify(model.origin) : model.origin}`,
    `as-of: "${today}"`,  // quoted: YAML 1.1 tools (PyYAML) would read a date, not the string the schema wants
    '',
    'child:',
    `  name: ${JSON.stringify(PLACEHOLDERS.childName)}`,
    comment('age: 9', '  '),
    comment('needs: [aba-therapy, speech-therapy, special-education, medical-care]', '  '),
    ...situationLines(model),
    '',
    'program:',
    `  name: ${JSON.stringify(PLACEHOLDERS.programName)}`,
    '  review:',
    comment('How often is the plan reviewed? Ask, then write it, like "90 days".', '    '),
    comment('every: 90 days', '    '),
    '',
    'members:',
    '  - id: parent',
    `    name: ${JSON.stringify(PLACEHOLDERS.yourName)}`,
    '    title: Parent',
    '    role: parent',
    '    contact:',
    comment('phone: "555-0100"      # in quotes', '      '),
    comment('email: you@example.org', '      '),
    comment('language: es           # if you would like an interpreter', '      '),
    comment(`Add each professional the same way. The title is what they are called; carechart reads the`, '  '),
    comment(`role from it${lead ? ` (a "${lead.label}" is the lead role of this model)` : ''}.`, '  '),
    comment('- id: jordan', '  '),
    comment('  name: Jordan Lee', '  '),
    comment(`  title: ${lead ? titleCase(lead.label) : 'Care Coordinator'}`, '  '),
    comment(`  organization: ${JSON.stringify(PLACEHOLDERS.agency)}`, '  '),
    comment('  contact: { phone: "555-0101", email: jordan@example.org }', '  '),
    comment('  updates: { every: 2 weeks, via: email }   # how often they tell you how things are going', '  '),
    '',
    'responsibilities:',
    comment('Who answers for each duty? Write one member id after "accountable:".', '  '),
    ...duties.flatMap((r) => [
      `  ${r.id}:${' '.repeat(Math.max(1, 28 - r.id.length))}# ${r.expectation}: ${r.description}`,
      comment(`Ask: ${r.question}`, '    '),
      '    accountable:',
    ]),
    '',
    'decisions:',
    '  service-plan-approval:',
    '    decides: parent             # the family approves the plan',
    ...decisions.flatMap((d) => [
      `  ${d.id}:${' '.repeat(Math.max(1, 28 - d.id.length))}# ${d.expectation}: ${d.description}`,
      comment(`Ask: ${d.question}`, '    '),
      '    decides:',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

/** The model's situations, commented out: a family writes the ones happening now. */
function situationLines(model: Model): string[] {
  const situations = [...model.situations.values()];
  if (situations.length === 0) return [];
  return [
    comment('Is any of this happening now? It makes some duties required. Keep the ones that apply:', '  '),
    ...situations.map((s) => comment(`  ${s.id.padEnd(22)} ${s.description}`, '  ')),
    comment(`situations: [${situations[0]!.id}]`, '  '),
  ];
}

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
