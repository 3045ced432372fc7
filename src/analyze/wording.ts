import type { Messages } from '../i18n/messages.js';
import type { Model } from '../resolve/model.js';
import { memberName, type Team } from '../resolve/team.js';
import { nearest } from '../core/did-you-mean.js';
import type { Duration } from '../validate/values.js';

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Labels that read as a thing ("the crisis plan") rather than an activity ("scheduling"). */
const COUNTABLE = /\b(plan|contact|response|review|assessment|orientation)$/i;

/**
 * A catalog label as it reads inside a sentence: "the crisis plan", "insurance advocacy". Another
 * language's phrases come with its catalog (locales/LANG.yaml, `phrase`); English derives them.
 */
export function dutyPhrase(model: Model, id: string): string {
  const own = model.phrases?.responsibilities.get(id);
  if (own) return own;
  const label = lowerFirst(model.responsibilities.get(id)?.label ?? id);
  return COUNTABLE.test(label) ? `the ${label}` : label;
}

export function decisionPhrase(model: Model, id: string): string {
  return model.phrases?.decisions.get(id) ?? lowerFirst(model.decisions.get(id)?.label ?? id);
}

/** Members by name, as a list in the run's language: "Ana and Luis", "Ana y Luis". */
export function names(team: Team, ids: readonly string[], say: Messages): string {
  return say.list(ids.map((id) => memberName(team, id)));
}

/** "a case manager", "an advocate"; "un(a) administrador(a) de casos". */
export function roleWords(model: Model, roleId: string): string {
  const own = model.phrases?.roles.get(roleId);
  if (own) return own;
  const label = model.roles.get(roleId)?.label ?? roleId;
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

/** `; did you mean "x"?` in the run's language, or nothing when no candidate is close. */
export function didYouMeanText(word: string, candidates: Iterable<string>, say: Messages): string {
  const match = nearest(word, candidates);
  return match ? say.t('common.did-you-mean', { match }) : '';
}

/** "3 months", "3 meses": a cadence in the run's language. */
export function durationWords(d: Duration, say: Messages): string {
  return say.t('common.duration', { unit: d.unit, count: d.count });
}
