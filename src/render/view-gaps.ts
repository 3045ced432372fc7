import type { Finding, Severity } from '../core/finding.js';
import type { ViewContext } from './view-context.js';
import type { GapsView } from './view-types.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each severity in words, so that a grayscale print or a screen reader loses nothing. */
export const LEVELS: Record<Severity, string> = { error: 'Must fix', warning: 'Should fix', info: 'Worth asking' };

/** The findings to bring to the meeting: errors first, then warnings, then notes; each with its question. */
export function gapsView(findings: readonly Finding[], ctx: ViewContext): GapsView {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const count = (s: Severity) => sorted.filter((f) => f.severity === s).length;
  const parts = [
    count('error') > 0 ? `${count('error')} must be fixed` : '',
    count('warning') > 0 ? `${count('warning')} should be fixed` : '',
    count('info') > 0 ? `${count('info')} worth asking about` : '',
  ].filter(Boolean);
  return {
    summary: parts.length > 0 ? `${parts.join(', ')}.` : 'No gaps found: every part the model expects has a name.',
    items: sorted.map((f) => ({
      severity: f.severity,
      level: LEVELS[f.severity],
      message: ctx.text(f.message),
      question: ctx.text(f.question),
    })),
  };
}
