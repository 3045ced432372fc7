/**
 * Every English word of the three family pages (the page to bring, the care map, the letter), in
 * one place, so that they can move into the translation files as they are.
 */

export const SUMMARY = {
  title: (child: string) => `${child}'s care team: the page to bring`,
  subtitle: 'For the meeting, or the fridge. The full chart has every detail.',
  printed: (date: string) => `Printed ${date}`,
  whoToCall: 'Who to call',
  anything: 'Anything, first',
  crisis: 'A crisis',
  crisisBackup: 'A crisis, when they are away',
  afterHours: 'After hours',
  afterHoursMissing: 'Not written down. Ask: who do we call in the evening, at night and on weekends?',
  nobody: 'Nobody yet.',
  ask: (question: string) => `Ask: ${question}`,
  noPhone: 'No phone written down',
  phoneLeftOut: 'Left out for sharing',
  whoDecides: 'Who decides',
  planApproval: 'Approving the plan',
  serviceChanges: 'Changing services',
  crisisActivation: 'Starting the crisis plan',
  howWeHear: 'How we hear from each professional',
  noUpdates: 'No schedule yet: ask how and how often they will update you',
  openQuestions: 'Questions to ask',
  noQuestions: 'No open questions: every part the model expects has a name.',
  moreQuestions: (count: number) => `The full chart lists ${count} more ${count === 1 ? 'question' : 'questions'}.`,
  nextReview: 'Next plan review',
  noReview: 'No date is set. Ask: when is our next plan review?',
  moreMembers: (count: number) => `… and ${count} more: continued in the full chart.`,
  footer: (child: string) => `The page to bring for ${child}`,
};

export const CARE_MAP = {
  heading: 'The care map',
  intro: 'Who is around the child, grouped by where they work. Lines show how often each professional updates the family.',
  title: (child: string) => `Care map for ${child}`,
  description: (child: string, count: number) => `${child} and family at the center, with the ${count} people on the care team around them.`,
  andFamily: 'and family',
  sectors: {
    family: 'Family and natural supports',
    school: 'School',
    health: 'Health',
    therapy: 'Therapy and services',
    agencies: 'Agencies and funding',
  },
  lead: (role: string) => `LEAD · ${role}`,
  noLead: (role: string) => `${upper(role)}: nobody yet`,
  noUpdates: 'no update schedule',
  gapsTitle: 'Gaps: a required part with nobody',
  gap: (duty: string) => `${upper(duty)}: nobody yet`,
  moreGaps: (count: number) => `and ${count} more in the full chart`,
  legend: 'Solid line: updates the family on a schedule. Dashed line: no schedule written down. Double border: the lead. Triangle: nobody yet.',
};

export const LETTER = {
  title: (child: string) => `A written responsibility chart for ${child}`,
  to: (whom: string) => `To: ${whom}`,
  toLead: (role: string, program: string | null) => (program ? `The ${role} at ${program}` : `Our ${role}`),
  ourTeam: "Our child's care team",
  programTeam: (program: string) => `${program} team`,
  careTeam: 'care team',
  about: (title: string, question: string) => `About the ${title}: ${question}`,
  from: (parents: string) => `From: ${parents}`,
  date: (date: string) => `Date: ${date}`,
  subject: (child: string) => `Re: a written responsibility chart and a plan review for ${child}`,
  greeting: (whom: string) => `Dear ${whom},`,
  opening: (child: string) =>
    `We are writing about ${child}'s care. We want to make sure that everyone on the team knows what they are responsible for, and that we know who to turn to.`,
  askChart:
    'Please give us a written responsibility chart: who is responsible for each part of the plan, who makes which decisions, and how each person will keep us updated. If there is no such document yet, please create one with us.',
  askReview: 'Please also set a date for a plan review, where we can go through it together.',
  questionsIntro: 'These are the questions we still have:',
  noQuestions: 'We have no open questions today, and would like the chart in writing all the same.',
  answerBy: (date: string) => `Please answer in writing by ${date}.`,
  thanks: 'Thank you for your help. We look forward to working on this with you.',
  closing: 'Sincerely,',
  signatureLine: 'Signature',
  parentsFallback: "The child's family",
  footer: (child: string) => `Letter about ${child}'s care`,
};

function upper(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}
