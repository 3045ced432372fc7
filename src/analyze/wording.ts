import type { Model } from '../resolve/model.js';
import { memberName, type Team } from '../resolve/team.js';

/** "A", "A and B", "A, B and C". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Labels that read as a thing ("the crisis plan") rather than an activity ("scheduling"). */
const COUNTABLE = /\b(plan|contact|response|review|assessment|orientation)$/i;

/** A catalog label as it reads inside a sentence: "the crisis plan", "insurance advocacy". */
export function dutyPhrase(model: Model, id: string): string {
  const label = lowerFirst(model.responsibilities.get(id)?.label ?? id);
  return COUNTABLE.test(label) ? `the ${label}` : label;
}

export function decisionPhrase(model: Model, id: string): string {
  return lowerFirst(model.decisions.get(id)?.label ?? id);
}

export function names(team: Team, ids: readonly string[]): string {
  return joinWords(ids.map((id) => memberName(team, id)));
}

export function roleWords(model: Model, roleId: string): string {
  const label = model.roles.get(roleId)?.label ?? roleId;
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}
