import type { SummaryCall, SummaryView } from './family-page-types.js';
import { SUMMARY } from './family-pages-words.js';
import type { CallView, ChartView } from './view-types.js';

/**
 * What fits on one page, however long the team file: the budgets below were measured on letter
 * and A4 (test/render/summary-pdf.test.ts); what is cut is counted and sent to the full chart.
 */
const MAX_PROFESSIONALS = 12;
const MAX_QUESTIONS = 5;
const MAX_TEXT = 110;

/** Free text cut to a length a page can hold. */
function clip(text: string, max = MAX_TEXT): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const PURPOSES = [SUMMARY.anything, SUMMARY.crisis, SUMMARY.crisisBackup];

function summaryCall(call: CallView, i: number, redacted: boolean): SummaryCall {
  const purpose = PURPOSES[i] ?? call.purpose;
  if (!call.name) return { purpose, name: null, title: null, reach: clip(`${SUMMARY.nobody} ${SUMMARY.ask(call.missing ?? '')}`, 140), missing: true };
  const phone = call.contact?.phone;
  const hours = call.contact?.hours;
  const reach = phone ? clip(hours ? `${phone} (${hours})` : phone, 60) : redacted ? SUMMARY.phoneLeftOut : SUMMARY.noPhone;
  return { purpose, name: clip(call.name, 40), title: clip(call.title ?? '', 50), reach, missing: !phone && !redacted };
}

/** The decisions a family meets first: the plan, changes to services, the crisis plan. */
const DECISIONS: Record<string, string> = {
  'service-plan-approval': SUMMARY.planApproval,
  'service-changes': SUMMARY.serviceChanges,
  'crisis-activation': SUMMARY.crisisActivation,
};

/** The page to bring (families.md §3), from the full chart's view model. */
export function buildSummaryView(chart: ChartView): SummaryView {
  const calls = chart.firstCall.calls.map((c, i) => summaryCall(c, i, chart.redacted));
  const afterHours = chart.firstCall.afterHours;
  calls.push({
    purpose: SUMMARY.afterHours,
    name: null,
    title: null,
    reach: afterHours ? clip(afterHours, 150) : chart.redacted ? SUMMARY.phoneLeftOut : SUMMARY.afterHoursMissing,
    missing: !afterHours && !chart.redacted,
  });
  const professionals = chart.members.filter((m) => !m.family);
  const shown = professionals.length > MAX_PROFESSIONALS ? professionals.slice(0, MAX_PROFESSIONALS - 1) : professionals;
  const gaps = chart.gaps?.items ?? null;
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
    updates: shown.map((m) => ({
      name: clip(m.name, 40),
      title: clip(m.title, 50),
      updates: m.updates ? clip(m.updates, 60) : SUMMARY.noUpdates,
      missing: !m.updates,
    })),
    moreMembers: shown.length < professionals.length ? SUMMARY.moreMembers(professionals.length - shown.length) : null,
    showQuestions: gaps !== null,
    questions: (gaps ?? []).slice(0, MAX_QUESTIONS).map((g) => ({ level: g.level, severity: g.severity, question: clip(g.question, 150) })),
    moreQuestions: gaps && gaps.length === 0 ? SUMMARY.noQuestions : gaps && gaps.length > MAX_QUESTIONS ? SUMMARY.moreQuestions(gaps.length - MAX_QUESTIONS) : null,
    review: clip(review, 160),
    // The paper's height less the 14 mm and 16 mm margins of the @page rule.
    pageHeight: chart.print.paper === 'a4' ? '266mm' : '249mm',
    print: { ...chart.print, landscape: false, pageSize: chart.print.paper === 'a4' ? 'A4' : 'letter', footer: SUMMARY.footer(chart.child.name) },
  };
}
