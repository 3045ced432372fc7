/**
 * What an editor shows for each key of a team file (hover, completion), by its path in the file:
 * `members[].contact.phone`. The JSON Schema takes them (src/present/editor-schema.ts) where the
 * zod schema has no description of its own; test/present/editor-schema.test.ts checks that every
 * property has one.
 */
export const TEAM_FILE_HELP: Record<string, { description: string; examples?: unknown[] }> = {
  carechart: { description: 'The version of the team file format: always 1.', examples: [1] },
  model: {
    description:
      'Which model the team is checked against: a built-in model (`carechart models`), or the path of a model file, relative to this file. Left out: the one .carechart.yaml names, else case-management.',
    examples: ['case-management', 'wraparound', './our-program-model.yaml'],
  },
  'as-of': { description: 'The date this version of the chart was agreed or drafted, in quotes: "YYYY-MM-DD".', examples: ['2026-11-01'] },
  child: { description: 'The child the team is for.' },
  'child.name': { description: 'The child\'s name, printed as written; initials are fine.', examples: ['Sam R.'] },
  'child.age': { description: 'Age in years; drives the checks on the youth\'s own voice.', examples: [9] },
  'child.needs': {
    description: 'The child\'s overlapping service needs, as ids of your choosing.',
    examples: [['aba-therapy', 'speech-therapy', 'special-education']],
  },
  program: { description: 'The program or service system the child is enrolled in, if any.' },
  'program.name': { description: 'The program\'s name.', examples: ['Riverbend Autism Services'] },
  'program.service-model': {
    description: 'Where the program\'s written service model is, if it has one.',
    examples: ['https://example.org/riverbend-service-model.pdf'],
  },
  'program.review': { description: 'How often the plan is reviewed, and when it was and will be.' },
  'program.review.every': { description: 'The plan review cadence.', examples: ['90 days', '6 months'] },
  'program.review.last': { description: 'When the plan was last reviewed.', examples: ['2026-10-15'] },
  'program.review.next': { description: 'When the plan is next reviewed.', examples: ['2027-01-13'] },
  'family-advocate': { description: '`declined` records that the family chose not to have a family advocate.', examples: ['declined'] },
  members: { description: 'Everyone on the team, the family included: one entry per person.' },
  'members[].id': { description: 'A short id for this person, used everywhere else in the file.', examples: ['ana', 'dr-shah'] },
  'members[].name': { description: 'The person\'s name, as the family writes it.', examples: ['Ana Rivera'] },
  'members[].title': { description: 'Their job title, as written on their card; the role is inferred from it when `role` is missing.', examples: ['Case Manager'] },
  'members[].role': { description: 'A role id of the model; inferred from the title when missing.', examples: ['parent', 'case-manager'] },
  'members[].organization': { description: 'Who they work for.', examples: ['Riverbend Autism Services'] },
  'members[].provides-services': {
    description: 'True when this member\'s organization is also a paid service provider in the plan.',
    examples: [true],
  },
  'members[].conflict-safeguard': {
    description: 'What keeps a member whose organization also bills for services from a conflict of interest.',
    examples: ['Plan reviewed by the county care team'],
  },
  'members[].credentials': { description: 'Their credentials, one or a list.', examples: [['PhD', 'BCBA-D']] },
  'members[].supervisor': { description: 'The member id of who supervises them.' },
  'members[].contact': { description: 'How to reach them.' },
  'members[].contact.phone': { description: 'A phone number, in quotes.', examples: ['555-0100'] },
  'members[].contact.email': { description: 'An email address.', examples: ['ana.rivera@example.org'] },
  'members[].contact.hours': { description: 'When they can be reached.', examples: ['Mon-Fri 9-5'] },
  'members[].contact.language': { description: 'The language to reach them in, as a language tag.', examples: ['en', 'es', 'pt-BR'] },
  'members[].updates': { description: 'How often, and how, they tell the family how things are going.' },
  'members[].updates.every': { description: 'How often they send the family an update.', examples: ['2 weeks', '3 months'] },
  'members[].updates.via': { description: 'How the update comes.', examples: ['email', 'phone call', 'letter'] },
  'members[].notes': { description: 'Anything else the team should know about this person.' },
  responsibilities: { description: 'Keyed by responsibility id from the model\'s catalog (`carechart explain ID`).' },
  'responsibilities.*': { description: 'Who answers for this responsibility, who does it, who is asked and who is told.' },
  'responsibilities.*.accountable': { description: 'Exactly one member id: who answers for it.', examples: ['jordan'] },
  'responsibilities.*.responsible': { description: 'Who does the work, one member id or a list; the accountable member when left out.', examples: [['jordan', 'dr-shah']] },
  'responsibilities.*.consulted': { description: 'Who is asked before it is done: member ids.', examples: [['ana']] },
  'responsibilities.*.informed': { description: 'Who is told once it is done: member ids.', examples: [['ana', 'luis']] },
  'responsibilities.*.backup': { description: 'Who steps in when the accountable member is away.', examples: ['kim'] },
  'responsibilities.*.notes': { description: 'Anything else about this responsibility.' },
  decisions: { description: 'Keyed by decision id from the model\'s catalog (`carechart explain ID`).' },
  'decisions.*': { description: 'Who makes this decision, who must agree, who recommends, who gives input and who is told.' },
  'decisions.*.decides': { description: 'One member id, or `team` for a consensus of the whole team.', examples: ['ana', 'team'] },
  'decisions.*.agree': { description: 'Who must agree before it is final: member ids.', examples: [['luis']] },
  'decisions.*.recommends': { description: 'Who recommends: member ids.', examples: [['kim']] },
  'decisions.*.input': { description: 'Who gives input: member ids.', examples: [['hannah']] },
  'decisions.*.informed': { description: 'Who is told: member ids.', examples: [['ana']] },
  'decisions.*.notes': { description: 'Anything else about this decision.' },
};
