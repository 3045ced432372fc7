import type { Finding } from '../core/finding.js';
import { lowerFirst } from '../analyze/wording.js';
import type { Messages } from '../i18n/messages.js';
import type { Model } from '../resolve/model.js';
import { childSituations } from '../resolve/situations.js';
import type { Team } from '../resolve/team.js';
import { careMapData, type CareMapData } from './care-map/care-map-model.js';
import { viewContext } from './view-context.js';
import { decisionsView } from './view-decisions.js';
import { firstCallView } from './view-first-call.js';
import { gapsView } from './view-gaps.js';
import { membersView } from './view-members.js';
import { areasView, gridView } from './view-responsibilities.js';
import { reviewView } from './view-review.js';
import { signOffView } from './view-sign-off.js';
import type { ChartView, PrintView } from './view-types.js';
import { idWords, initials } from './words.js';

export type Paper = 'letter' | 'a4';

export interface ViewOptions {
  /** YYYY-MM-DD: the printed date, and what "overdue" is measured from. */
  today: string;
  redact: boolean;
  /** False with --no-gaps. */
  gaps: boolean;
  paper: Paper;
  landscape: boolean;
  /** The chart's language: `--lang`, else the team file's, else the config's. */
  say: Messages;
}

/** The one view model of a chart: built from the analyzed team, and all the templates ever see. */
export function buildChartView(team: Team, model: Model, findings: readonly Finding[], options: ViewOptions): ChartView {
  const ctx = viewContext(team, model, options);
  const { file } = team;
  const child = options.redact ? initials(file.child.name) : file.child.name;
  const members = membersView(ctx);
  const memberIds = members.map((m) => m.id);
  const needs = file.child.needs && file.child.needs.length > 0 ? file.child.needs.map(idWords).join(', ') : null;
  const situations = childSituations(file, model).map((s, i) => (i === 0 ? s.label : lowerFirst(s.label))).join(', ') || null;
  return {
    lang: options.say.lang,
    title: options.say.t('chart.title', { name: child }),
    child: { name: child, age: file.child.age === undefined ? null : String(file.child.age), needs, situations },
    program: file.program?.name ?? null,
    serviceModel: file.program?.['service-model'] ?? null,
    modelLabel: model.label,
    asOf: file['as-of'] ? options.say.date(file['as-of']) : null,
    printed: options.say.date(options.today),
    redacted: options.redact,
    firstCall: firstCallView(ctx),
    members,
    teamNotes: members.flatMap((m) => (m.notes ? [{ name: m.name, notes: m.notes }] : [])),
    areas: areasView(ctx),
    grid: gridView(ctx, memberIds),
    decisions: decisionsView(ctx),
    review: reviewView(ctx),
    gaps: options.gaps ? gapsView(findings, ctx) : null,
    signOff: signOffView(ctx, memberIds),
    careMap: careMapView(careMapData(ctx, findings)),
    print: printView(options, child),
  };
}

function printView(options: ViewOptions, child: string): PrintView {
  const size = options.paper === 'a4' ? 'A4' : 'letter';
  return {
    paper: options.paper,
    landscape: options.landscape,
    pageSize: options.landscape ? `${size} landscape` : size,
    footer: options.say.t('chart.title', { name: child }),
    pageWords: { page: options.say.t('chart.page'), of: options.say.t('chart.page-of') },
  };
}

function careMapView(data: CareMapData): ChartView['careMap'] {
  return { heading: data.words.heading, intro: data.words.intro, data };
}
