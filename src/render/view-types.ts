import type { CareMapData } from './care-map/care-map-model.js';

/**
 * The chart's view model: the only thing the templates see. Every field is present (null or an
 * empty list when there is nothing to say), because the templates are compiled in strict mode.
 */

export interface ChartView {
  lang: string;
  title: string;
  child: { name: string; age: string | null; needs: string | null; /** "Insurance denial, recent crisis": the situations of the model the file names. */ situations: string | null };
  program: string | null;
  serviceModel: string | null;
  modelLabel: string;
  asOf: string | null;
  printed: string;
  redacted: boolean;
  firstCall: FirstCallView;
  members: MemberView[];
  /** The members' notes, for formats that print them after the team table. */
  teamNotes: { name: string; notes: string }[];
  areas: AreaView[];
  grid: GridView;
  decisions: DecisionView[];
  review: ReviewView;
  gaps: GapsView | null;
  signOff: SignOffView[];
  careMap: CareMapView;
  print: PrintView;
}

/** The care map's section of the HTML and PDF chart: `{{careMap careMap.data}}` draws it (src/render/care-map/). */
export interface CareMapView {
  heading: string;
  intro: string;
  data: CareMapData;
}

export interface PrintView {
  paper: 'letter' | 'a4';
  landscape: boolean;
  /** The CSS `@page { size }` value: `letter`, `A4 landscape`. */
  pageSize: string;
  /** The footer line of a printed page, before "Page N of M". */
  footer: string;
  /** "Page" and "of" of "Page N of M", in the chart's language. */
  pageWords: { page: string; of: string };
}

export interface ContactView {
  phone: string | null;
  email: string | null;
  hours: string | null;
}

export interface MemberView {
  id: string;
  name: string;
  title: string;
  /** The role the duties say, when it differs from the role: "case manager". */
  actsAs: string | null;
  role: string;
  /** The role in words beside the title, so that a reader can check it; null when the title already says it. */
  roleShown: string | null;
  family: boolean;
  organization: string | null;
  credentials: string | null;
  /** Null when there is nothing to print, or under --redact. */
  contact: ContactView | null;
  /** "Spanish (es) — interpreter needed". */
  interpreter: string | null;
  /** "every 2 weeks by email". */
  updates: string | null;
  supervisor: string | null;
  notes: string | null;
}

export interface CallView {
  /** What the family calls about: "Anything, first". */
  purpose: string;
  name: string | null;
  title: string | null;
  contact: ContactView | null;
  /** What to ask when nobody is named. */
  missing: string | null;
}

export interface FirstCallView {
  calls: CallView[];
  /** The crisis response's notes: where after-hours lines are written down. */
  afterHours: string | null;
}

export interface AssignmentView {
  id: string;
  label: string;
  description: string;
  /** "Nobody yet" when unassigned. */
  answers: string;
  unassigned: boolean;
  backup: string | null;
  does: string | null;
  asked: string | null;
  informed: string | null;
  notes: string | null;
}

export interface AreaView {
  name: string;
  responsibilities: AssignmentView[];
}

export interface GridView {
  /** What each letter of a cell means: "A answers for it". */
  legend: { letter: string; words: string }[];
  columns: { id: string; label: string }[];
  rows: { name: string; cells: string[] }[];
}

export interface DecisionView {
  id: string;
  label: string;
  description: string;
  decides: string;
  unassigned: boolean;
  agree: string | null;
  recommends: string | null;
  input: string | null;
  informed: string | null;
  notes: string | null;
}

export interface ReviewView {
  every: string | null;
  last: string | null;
  next: string | null;
  /** "overdue since …", "computed from the last review", … */
  status: string | null;
}

export interface GapView {
  severity: 'error' | 'warning' | 'info';
  /** The severity in words, so that nothing depends on color: "Must fix". */
  level: string;
  message: string;
  question: string;
}

export interface GapsView {
  summary: string;
  items: GapView[];
}

export interface SignOffView {
  name: string;
  title: string;
  holds: string;
}
