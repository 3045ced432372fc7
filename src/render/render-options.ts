import type { Paper } from './view-model.js';

/** What `-f` may say: a chart's format, the care map (`svg`), or the family's letter. */
export type FormatOption = 'md' | 'html' | 'pdf' | 'svg' | 'letter';
export const FORMAT_OPTIONS: readonly FormatOption[] = ['md', 'html', 'pdf', 'svg', 'letter'];

/** The file actually written. */
export type ChartFormat = 'md' | 'html' | 'pdf' | 'svg';

/** Which page: the full chart, the page to bring (--summary), the care map alone, the letter. */
export type PageKind = 'chart' | 'summary' | 'map' | 'letter';

/** `carechart render`'s options, as cli.md lists them. */
export interface RenderOptions {
  format?: FormatOption;
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
  /** --summary: the one page to bring. */
  summary?: boolean;
  /** --answer-by: the letter's answer-by date (default: 14 days after --today). */
  answerBy?: string;
  /** `--lang`: the charts' language, over the team files' and the config's. */
  lang?: string;
}
