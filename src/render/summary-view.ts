import type { SummaryCall, SummaryView } from './family-page-types.js';
import { loadMessages } from '../i18n/load-locale.js';
import { summaryWords } from './family-pages-words.js';
import type { CallView, ChartView } from './view-types.js';

/**
 * What fits on one page, however long the team file: every text is cut to a length, and the two
 * lists take as many entries as their printed lines allow (a line holds about 46 characters in the
 * two-column list, 95 across the page). The budgets were measured on letter paper, the shorter,
 * with the longest texts (test/render/family-pages/family-pages-pdf.test.ts); what is cut is
 * counted and sent to the full chart.
 */
const MAX_PROFESSIONALS = 12;
const UPDATE_LINES = 24;
const MAX_QUESTIONS = 5;
const QUESTION_LINES = 9;
const MAX_TEXT = 110;

/** Printed lines a text takes at `width` characters a line. */
const linesOf = (text: string, width: number) => Math.max(1, Math.ceil([...text].length / width));

/** The first items whose lines fit in `budget`, at most `max` of them. */
function fitting<T>(items: readonly T[], lines: (item: T) => number, budget: number, max: number): T[] {
  let used = 0;
  const kept: T[] = [];
  for (const item of items.slice(0, max)) {
    used += lines(item);
    if (used > budget) break;
    kept.push(item);
  }
  return kept;
}

/** Free text cut to a length a page can hold. */
function clip(text: string, max = MAX_TEXT): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

type SummaryWords = ReturnType<typeof summaryWords>;

function summaryCall(call: CallView, i: number, redacted: boolean, SUMMARY: SummaryWords): SummaryCall {
  const purpose = [SUMMARY.anything, SUMMARY.crisis, SUMMARY.crisisBackup][i] ?? call.purpose;
  if (!call.name) return { purpose, name: null, title: null, reach: clip(`${SUMMARY.nobody} ${SUMMARY.ask(call.missing ?? '')}`, 140), missing: true };
  const phone = call.contact?.phone;
  const hours = call.contact?.hours;
  const reach = phone ? clip(hours ? `${phone} (${hours})` : phone, 60) : redacted ? SUMMARY.phoneLeftOut : SUMMARY.noPhone;
  return { purpose, name: clip(call.name, 40), title: clip(call.title ?? '', 50), reach, missing: !phone && !redacted };
}

/** The page to bring (families.md §3), from the full chart's view model, in the chart's language. */
export function buildSummaryView(chart: ChartView): SummaryView {
  const SUMMARY = summaryWords(loadMessages(chart.lang));
  /** The decisions a family meets first: the plan, changes to services, the crisis plan. */
  const DECISIONS: Record<string, string> = {
    'service-plan-approval': SUMMARY.planApproval,
    'service-changes': SUMMARY.serviceChanges,
    'crisis-activation': SUMMARY.crisisActivation,
  };
  const calls = chart.firstCall.calls.map((c, i) => summaryCall(c, i, chart.redacted, SUMMARY));
  const afterHours = chart.firstCall.afterHours;
  calls.push({
    purpose: SUMMARY.afterHours,
    name: null,
    title: null,
    reach: afterHours ? clip(afterHours, 150) : chart.redacted ? SUMMARY.phoneLeftOut : SUMMARY.afterHoursMissing,
    missing: !afterHours && !chart.redacted,
  });
  const professionals = chart.members
    .filter((m) => !m.family)
    .map((m) => ({ name: clip(m.name, 40), title: clip(m.title, 40), updates: m.updates ? clip(m.updates, 50) : SUMMARY.noUpdates, missing: !m.updates }));
  const entryLines = (m: (typeof professionals)[number]) => linesOf(`${m.name}, ${m.title}: ${m.updates}`, 46);
  let shown = fitting(professionals, entryLines, UPDATE_LINES, MAX_PROFESSIONALS);
  // Room for the line that says how many more there are.
  if (shown.length < professionals.length) shown = fitting(professionals, entryLines, UPDATE_LINES - 1, shown.length - 1 || 1);
  const gaps = chart.gaps?.items ?? null;
  const questions = fitting(
    (gaps ?? []).map((g) => ({ level: g.level, severity: g.severity, question: clip(g.question, 150) })),
    (q) => linesOf(`${q.level}: ${q.question}`, 95),
    QUESTION_LINES,
    MAX_QUESTIONS,
  );
  const review = chart.review.next ? `${chart.review.next}${chart.review.status ? `. ${chart.review.status}` : ''}` : SUMMARY.noReview;
  return {
    lang: chart.lang,
    title: SUMMARY.title(chart.child.name),
    subtitle: SUMMARY.subtitle,
    meta: [chart.program, SUMMARY.printed(chart.printed)].filter(Boolean).join(' · '),
    words: {
      whoToCall: SUMMARY.whoToCall,
      whoDecides: SUMMARY.whoDecides,
      howWeHear: SUMMARY.howWeHear,
      openQuestions: SUMMARY.openQuestions,
      nextReview: SUMMARY.nextReview,
    },
    calls,
    decisions: chart.decisions
      .filter((d) => DECISIONS[d.id])
      .map((d) => ({ label: DECISIONS[d.id]!, decides: d.unassigned ? SUMMARY.nobody : clip(d.decides, 80), unassigned: d.unassigned })),
    updates: shown,
    moreMembers: shown.length < professionals.length ? SUMMARY.moreMembers(professionals.length - shown.length) : null,
    showQuestions: gaps !== null,
    questions,
    moreQuestions: gaps && gaps.length === 0 ? SUMMARY.noQuestions : gaps && gaps.length > questions.length ? SUMMARY.moreQuestions(gaps.length - questions.length) : null,
    review: clip(review, 160),
    // The paper's height less the 14 mm and 16 mm margins of the @page rule.
    pageHeight: chart.print.paper === 'a4' ? '266mm' : '249mm',
    print: { ...chart.print, landscape: false, pageSize: chart.print.paper === 'a4' ? 'A4' : 'letter', footer: SUMMARY.footer(chart.child.name) },
  };
}
