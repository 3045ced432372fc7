import type { Finding, Position } from '../core/finding.js';

/** Asked of whoever reads the finding (often the parent who wrote the file). */
export const SYNTAX_QUESTION = 'What should the line shown say, so that the whole team can be read?';

export function syntaxFinding(at: Position, message: string): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, question: SYNTAX_QUESTION, subject: null, ...at };
}
