import type { Part } from '../core/locator.js';
import type { Messages } from '../i18n/messages.js';
import type { Team, TeamMember } from '../resolve/team.js';
import type { RuleHit } from './rule.js';

/**
 * One hit for each member that `picked` keeps, at `key` of the member's entry, saying the rule's
 * `message` with the member's name: the shape of the rules about a member's own entry.
 */
export function memberHits(team: Team, say: Messages, ruleId: string, picked: (member: TeamMember) => boolean, key: string, part?: Part): RuleHit[] {
  return team.members
    .filter(picked)
    .map((m) => ({
      subject: m.id,
      at: ['members', m.index, key],
      ...(part && { part }),
      message: say.t(`rule.${ruleId}.message`, { name: m.name }),
    }));
}
