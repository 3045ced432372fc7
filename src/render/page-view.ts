import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import type { TeamCheck } from '../pipeline/check-team-file.js';
import { careMapData } from './care-map/care-map-model.js';
import { careMapSvg } from './care-map/care-map-svg.js';
import { buildLetterView } from './letter-view.js';
import type { PageKind, RenderOptions } from './render-options.js';
import { buildSummaryView } from './summary-view.js';
import { viewContext } from './view-context.js';
import { buildChartView } from './view-model.js';
import type { PrintView } from './view-types.js';

/** What a template renders (or, for the care map, the finished SVG). */
export type PageView = { lang: string; print: PrintView; svg?: string };

/** The view model of the page `kind` for one checked team file. */
export function pageView(kind: PageKind, check: TeamCheck, opts: RenderOptions): PageView {
  const { team, model } = check;
  if (!team || !model) throw new Error('only a checked, renderable team file has a page');
  const findings = check.result.findings;
  // The file's language (`--lang`, else its own `lang`, else its config's), as its findings are.
  const say = check.say ?? loadMessages(opts.lang ?? DEFAULT_LANG);
  if (kind === 'letter') return buildLetterView(team, model, findings, { today: opts.today, answerBy: opts.answerBy, paper: opts.paper, say });
  if (kind === 'map') {
    const svg = careMapSvg(careMapData(viewContext(team, model, { ...opts, say }), findings));
    return { lang: say.lang, svg, print: { paper: opts.paper, landscape: false, pageSize: opts.paper, footer: '', pageWords: { page: say.t('chart.page'), of: say.t('chart.page-of') } } };
  }
  const chart = buildChartView(team, model, findings, { ...opts, say });
  return kind === 'summary' ? buildSummaryView(chart) : chart;
}
