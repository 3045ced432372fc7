import type { Finding } from '../core/finding.js';
import { loadMessages } from './load-locale.js';
import type { Messages } from './messages.js';

/** A message by key, whose values may be messages of their own ("the number 5", "a list"). */
export interface Text {
  key: string;
  values?: Record<string, string | number | Text>;
}

export function say(text: Text, messages: Messages): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) values[name] = typeof value === 'object' ? say(value, messages) : value;
  return messages.t(text.key, values);
}

/**
 * The loader's findings (syntax, schema) are made before the file's language is known: it may be
 * in the file. Each is written in English and remembers its text, and checkTeamFile says it again
 * in the file's language. Kept beside the finding, not in it: the Finding type, and every report
 * of it, stay as they are.
 */
const texts = new WeakMap<Finding, Text>();

export function keyedFinding(finding: Omit<Finding, 'message' | 'question'>, text: Text): Finding {
  const english = loadMessages('en');
  const made: Finding = { ...finding, message: say(text, english), question: english.t(`rule.${finding.rule}.question`) } as Finding;
  texts.set(made, text);
  return made;
}

export function localizeFindings(findings: readonly Finding[], messages: Messages): Finding[] {
  if (messages.lang === 'en') return [...findings];
  return findings.map((f) => {
    const text = texts.get(f);
    return text ? { ...f, message: say(text, messages), question: messages.t(`rule.${f.rule}.question`) } : f;
  });
}
