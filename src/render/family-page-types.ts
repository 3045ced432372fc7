import type { PrintView } from './view-types.js';

/** The view models of the page to bring and the letter: all their words are here, none in the templates. */

export interface SummaryCall {
  purpose: string;
  name: string | null;
  title: string | null;
  /** The phone number (and hours), or what to ask when nobody or no number is written down. */
  reach: string;
  missing: boolean;
}

export interface SummaryView {
  lang: string;
  title: string;
  subtitle: string;
  meta: string;
  words: { whoToCall: string; whoDecides: string; howWeHear: string; openQuestions: string; nextReview: string };
  calls: SummaryCall[];
  decisions: { label: string; decides: string; unassigned: boolean }[];
  updates: { name: string; title: string; updates: string; missing: boolean }[];
  /** "… and 3 more: continued in the full chart." */
  moreMembers: string | null;
  /** False under --no-gaps. */
  showQuestions: boolean;
  questions: { level: string; severity: string; question: string }[];
  moreQuestions: string | null;
  review: string;
  /** The printable height of one page (the paper less its margins): nothing past it is printed. */
  pageHeight: string;
  print: PrintView;
}

export interface LetterView {
  lang: string;
  title: string;
  to: string;
  from: string;
  date: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  questionsIntro: string;
  questions: string[];
  answerBy: string;
  thanks: string;
  closing: string;
  signers: string[];
  signatureLine: string;
  print: PrintView;
}
