import type { Finding, Position } from '../core/finding.js';

const QUESTION = 'Can the person who keeps this file fix the line shown, so that the team can be read?';

export function syntaxFinding(at: Position, message: string): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, question: QUESTION, subject: null, ...at };
}
