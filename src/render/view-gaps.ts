import { SEVERITY_ORDER, type Finding, type Severity } from '../core/finding.js';
import type { ViewContext } from './view-context.js';
import type { GapsView } from './view-types.js';

/** The findings to bring to the meeting: errors first, then warnings, then notes; each with its question. */
export function gapsView(findings: readonly Finding[], ctx: ViewContext): GapsView {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const count = (s: Severity) => sorted.filter((f) => f.severity === s).length;
  const { say } = ctx;
  const parts = [
    count('error') > 0 ? say.t('chart.gaps.errors', { count: count('error') }) : '',
    count('warning') > 0 ? say.t('chart.gaps.warnings', { count: count('warning') }) : '',
    count('info') > 0 ? say.t('chart.gaps.infos', { count: count('info') }) : '',
  ].filter(Boolean);
  return {
    summary: parts.length > 0 ? say.t('chart.gaps.summary', { parts: parts.join(', ') }) : say.t('chart.gaps.none'),
    items: sorted.map((f) => ({
      severity: f.severity,
      // Each severity in words, so that a grayscale print or a screen reader loses nothing.
      level: say.t(`chart.gaps.level.${f.severity}`),
      message: ctx.text(f.message),
      question: ctx.text(f.question),
    })),
  };
}
