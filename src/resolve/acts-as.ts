import type { Model } from './model.js';

/**
 * What a member acts as, judged by duties rather than title: another role once they hold at least
 * half of that role's core duties and more of them than of their own role's (the most such wins).
 * A therapist who writes the plan alone does not become the case manager; one who also monitors it
 * and owns the crisis plan does. (Holding none of one's own core duties is `title-role-mismatch`.)
 * Only professionals act as another role: a parent who holds the case manager's duties is a family
 * left to do the program's work (`family-carries-coordination`), not a case manager.
 */
export function actsAs(model: Model, role: string, duties: ReadonlySet<string>): string {
  if (model.roles.get(role)?.family || duties.size === 0) return role;
  const held = (roleId: string) => {
    let count = 0;
    for (const duty of model.roles.get(roleId)?.core ?? []) if (duties.has(duty)) count++;
    return count;
  };
  let best = role;
  let bestCount = held(role);
  for (const candidate of model.roles.values()) {
    const count = held(candidate.id);
    if (candidate.id !== role && count > bestCount && count * 2 >= candidate.core.length) {
      best = candidate.id;
      bestCount = count;
    }
  }
  return best;
}
