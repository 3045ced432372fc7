import type { Paper } from './view-model.js';

export type ChartFormat = 'md' | 'html' | 'pdf';
export const CHART_FORMATS: readonly ChartFormat[] = ['md', 'html', 'pdf'];

/** `carechart render`'s options, as cli.md lists them. */
export interface RenderOptions {
  format?: ChartFormat;
  out?: string;
  outDir?: string;
  paper: Paper;
  landscape: boolean;
  template?: string;
  redact: boolean;
  /** False with --no-gaps. */
  gaps: boolean;
  today: string;
  chrome?: string;
  color?: boolean;
  /** `--lang`: the charts' language, over the team files' and the config's. */
  lang?: string;
}
