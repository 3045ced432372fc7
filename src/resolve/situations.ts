import type { TeamFile } from '../validate/team-schema.js';
import type { Responsibility, Situation } from './model-schema.js';
import type { Model } from './model.js';

/** The child's situations that the model knows, in the order written (unknown ids are `unknown-id` findings). */
export function childSituations(file: TeamFile, model: Model): Situation[] {
  const found: Situation[] = [];
  for (const id of file.child.situations ?? []) {
    const situation = model.situations.get(id);
    if (situation && !found.includes(situation)) found.push(situation);
  }
  return found;
}

/** How much a responsibility is expected of this team: the model's word, or required because of a situation. */
export interface Expected {
  expectation: Responsibility['expectation'];
  /** The situations that made it required; empty when the model already requires it or none raises it. */
  because: Situation[];
}

/** `situations`: the child's, when the caller asks for every responsibility of one file. */
export function expectedOf(file: TeamFile, model: Model, responsibility: Responsibility, situations?: readonly Situation[]): Expected {
  if (responsibility.expectation === 'required') return { expectation: 'required', because: [] };
  const because = (situations ?? childSituations(file, model)).filter((s) => s.raises.includes(responsibility.id));
  return because.length > 0 ? { expectation: 'required', because } : { expectation: responsibility.expectation, because: [] };
}
