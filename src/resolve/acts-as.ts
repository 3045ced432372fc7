import type { Model } from './model.js';

/**
 * What a member acts as, judged by duties rather than title. A case manager who holds none of a
 * case manager's core duties but some of a care coordinator's acts as a care coordinator. Anyone
 * else changes role only by holding at least half of another role's core duties, and more of them
 * than of their own: a therapist who writes the plan alone does not become the case manager.
 */
export function actsAs(model: Model, role: string, duties: ReadonlySet<string>): string {
  const held = (roleId: string) => model.roles.get(roleId)?.core.filter((d) => duties.has(d)).length ?? 0;
  const ownCore = model.roles.get(role)?.core.length ?? 0;
  const idle = ownCore > 0 && held(role) === 0;
  let best = role;
  let bestCount = held(role);
  for (const candidate of model.roles.values()) {
    const count = held(candidate.id);
    if (candidate.id !== role && count > bestCount && (idle || count * 2 >= candidate.core.length)) {
      best = candidate.id;
      bestCount = count;
    }
  }
  return best;
}
