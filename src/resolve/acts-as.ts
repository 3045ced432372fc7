import type { Model } from './model.js';

/**
 * What a member acts as, judged by duties rather than title: the role whose core duties they hold
 * most of (their own role wins a tie). Someone who holds no role's core duties acts as their role.
 */
export function actsAs(model: Model, role: string, duties: ReadonlySet<string>): string {
  let best = role;
  let bestCount = 0;
  for (const candidate of model.roles.values()) {
    const count = candidate.core.filter((d) => duties.has(d)).length;
    if (count > bestCount || (count === bestCount && count > 0 && candidate.id === role)) {
      best = candidate.id;
      bestCount = count;
    }
  }
  return best;
}
