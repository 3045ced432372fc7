import { addDuration } from '../analyze/dates.js';
import { SEVERITY_ORDER, type Finding, type Severity } from '../core/finding.js';
import { lowerFirst } from '../analyze/wording.js';
import type { Messages } from '../i18n/messages.js';
import { roleLabel } from '../resolve/model.js';
import type { Model } from '../resolve/model.js';
import type { Team } from '../resolve/team.js';
import type { LetterView } from './family-page-types.js';
import { letterWords } from './family-pages-words.js';
import { titleOf } from './view-members.js';
import { viewContext } from './view-context.js';
import type { PrintView } from './view-types.js';

const ANSWER_DAYS = 14;

export interface LetterOptions {
  today: string;
  /** YYYY-MM-DD; default 14 days after `today`. */
  answerBy?: string | undefined;
  paper: 'letter' | 'a4';
  /** The letter's language. */
  say: Messages;
}

/**
 * The family's letter to the program (families.md §5). Each finding becomes its plain question,
 * never its message: the messages name who holds what, and the letter blames nobody. A question
 * about one member says which role it is about, not who. Redaction does not apply: the family
 * signs it and sends it to their own team.
 */
export function buildLetterView(team: Team, model: Model, findings: readonly Finding[], options: LetterOptions): LetterView {
  const { say } = options;
  const LETTER = letterWords(say);
  const ctx = viewContext(team, model, { today: options.today, redact: false, say });
  const child = team.file.child.name;
  const program = team.file.program?.name ?? null;
  const lead = model.leadRole ? roleLabel(model, model.leadRole) : null;
  const parents = team.members.filter((m) => m.family && m.role === 'parent').map((m) => m.name);
  const signers = parents.length > 0 ? parents : [LETTER.parentsFallback];
  const questions = [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((f) => {
      const member = f.subject ? team.byId.get(f.subject) : undefined;
      return member && !member.family ? LETTER.about(titleOf(member, ctx), lowerFirst(f.question)) : f.question;
    });
  const answerBy = options.answerBy ?? addDuration(options.today, { count: ANSWER_DAYS, unit: 'day', text: `${ANSWER_DAYS} days` });
  return {
    lang: say.lang,
    title: LETTER.title(child),
    to: LETTER.to(lead ? LETTER.toLead(lead, program) : program ?? LETTER.ourTeam),
    from: LETTER.from(say.list(signers)),
    date: LETTER.date(say.date(options.today)),
    subject: LETTER.subject(child),
    greeting: LETTER.greeting(program ? LETTER.programTeam(program) : LETTER.careTeam),
    paragraphs: [LETTER.opening(child), LETTER.askChart, LETTER.askReview],
    questionsIntro: questions.length > 0 ? LETTER.questionsIntro : LETTER.noQuestions,
    questions: [...new Set(questions)],
    answerBy: LETTER.answerBy(say.date(answerBy)),
    thanks: LETTER.thanks,
    closing: LETTER.closing,
    signers,
    signatureLine: LETTER.signatureLine,
    print: letterPrint(options.paper, LETTER.footer(child), say),
  };
}

function letterPrint(paper: 'letter' | 'a4', footer: string, say: Messages): PrintView {
  return { paper, landscape: false, pageSize: paper === 'a4' ? 'A4' : 'letter', footer, pageWords: { page: say.t('chart.page'), of: say.t('chart.page-of') } };
}
