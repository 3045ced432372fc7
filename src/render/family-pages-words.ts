import type { Messages } from '../i18n/messages.js';
import { upperFirst } from '../core/text.js';

/**
 * Every word of the three family pages (the page to bring, the care map, the letter), in the
 * page's language: `family.*` in locales/*.yaml, shaped for the code that prints them.
 */
export function summaryWords(say: Messages) {
  return {
    title: (child: string) => say.t('family.summary.title', { child }),
    subtitle: say.t('family.summary.subtitle'),
    printed: (date: string) => say.t('family.summary.printed', { date }),
    whoToCall: say.t('family.summary.who-to-call'),
    anything: say.t('family.summary.anything'),
    crisis: say.t('family.summary.crisis'),
    crisisBackup: say.t('family.summary.crisis-backup'),
    afterHours: say.t('family.summary.after-hours'),
    afterHoursMissing: say.t('family.summary.after-hours-missing'),
    nobody: say.t('family.summary.nobody'),
    ask: (question: string) => say.t('family.summary.ask', { question }),
    noPhone: say.t('family.summary.no-phone'),
    phoneLeftOut: say.t('family.summary.phone-left-out'),
    whoDecides: say.t('family.summary.who-decides'),
    planApproval: say.t('family.summary.plan-approval'),
    serviceChanges: say.t('family.summary.service-changes'),
    crisisActivation: say.t('family.summary.crisis-activation'),
    howWeHear: say.t('family.summary.how-we-hear'),
    noUpdates: say.t('family.summary.no-updates'),
    openQuestions: say.t('family.summary.open-questions'),
    noQuestions: say.t('family.summary.no-questions'),
    moreQuestions: (count: number) => say.t('family.summary.more-questions', { count }),
    nextReview: say.t('family.summary.next-review'),
    noReview: say.t('family.summary.no-review'),
    moreMembers: (count: number) => say.t('family.summary.more-members', { count }),
    footer: (child: string) => say.t('family.summary.footer', { child }),
  };
}

export type CareMapWords = ReturnType<typeof careMapWords>;

export function careMapWords(say: Messages) {
  return {
    heading: say.t('family.care-map.heading'),
    intro: say.t('family.care-map.intro'),
    title: (child: string) => say.t('family.care-map.title', { child }),
    description: (child: string, count: number) => say.t('family.care-map.description', { child, count }),
    andFamily: say.t('family.care-map.and-family'),
    sectors: {
      family: say.t('family.care-map.sectors.family'),
      school: say.t('family.care-map.sectors.school'),
      health: say.t('family.care-map.sectors.health'),
      therapy: say.t('family.care-map.sectors.therapy'),
      agencies: say.t('family.care-map.sectors.agencies'),
    },
    lead: (role: string) => say.t('family.care-map.lead', { role }),
    noLead: (role: string) => say.t('family.care-map.no-lead', { role: upperFirst(role) }),
    noUpdates: say.t('family.care-map.no-updates'),
    gapsTitle: say.t('family.care-map.gaps-title'),
    gap: (duty: string) => say.t('family.care-map.gap', { duty: upperFirst(duty) }),
    moreGaps: (count: number) => say.t('family.care-map.more-gaps', { count }),
    legend: say.t('family.care-map.legend'),
  };
}

export function letterWords(say: Messages) {
  return {
    title: (child: string) => say.t('family.letter.title', { child }),
    to: (whom: string) => say.t('family.letter.to', { whom }),
    toLead: (role: string, program: string | null) => (program ? say.t('family.letter.to-lead-at', { role, program }) : say.t('family.letter.to-lead', { role })),
    ourTeam: say.t('family.letter.our-team'),
    programTeam: (program: string) => say.t('family.letter.program-team', { program }),
    careTeam: say.t('family.letter.care-team'),
    about: (title: string, question: string) => say.t('family.letter.about', { title, question }),
    from: (parents: string) => say.t('family.letter.from', { parents }),
    date: (date: string) => say.t('family.letter.date', { date }),
    subject: (child: string) => say.t('family.letter.subject', { child }),
    greeting: (whom: string) => say.t('family.letter.greeting', { whom }),
    opening: (child: string) => say.t('family.letter.opening', { child }),
    askChart: say.t('family.letter.ask-chart'),
    askReview: say.t('family.letter.ask-review'),
    questionsIntro: say.t('family.letter.questions-intro'),
    noQuestions: say.t('family.letter.no-questions'),
    answerBy: (date: string) => say.t('family.letter.answer-by', { date }),
    thanks: say.t('family.letter.thanks'),
    closing: say.t('family.letter.closing'),
    signatureLine: say.t('family.letter.signature-line'),
    parentsFallback: say.t('family.letter.parents-fallback'),
    footer: (child: string) => say.t('family.letter.footer', { child }),
  };
}
