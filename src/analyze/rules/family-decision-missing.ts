import { FAMILY_DECIDERS } from '../../resolve/model.js';
import type { Rule } from '../rule.js';
import { guide, handout } from '../sources.js';

export const familyDecisionMissing: Rule = {
  id: 'family-decision-missing',
  severity: 'error',
  summary: 'No parent or youth decides or agrees on `service-plan-approval`.',
  docs: {
    why: '"Family input built into the process: your perspective shapes the decisions." A plan the family never approved is not the family\'s plan.',
    source: `${guide('programs', 'family input built into the process')}; ${handout('team', 'full partnership of all team members, including the youth and family')}`,
    fails: 'decisions:\n  service-plan-approval:\n    decides: jordan',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana   # the parent\n    recommends: [jordan]',
  },
  check({ team, say }) {
    const approval = team.decisions.get('service-plan-approval');
    // A peer partner, a natural support or a guardian ad litem speaks for the family; only a parent or the youth decides for it.
    const isFamily = (id: string) => FAMILY_DECIDERS.includes(team.byId.get(id)?.role ?? '');
    const familyOnTeam = team.members.some((m) => isFamily(m.id));
    const holders = [...(approval?.decides ?? []), ...(approval?.agree ?? [])];
    if (holders.some((id) => isFamily(id) || (id === 'team' && familyOnTeam))) return [];
    return [{
      subject: 'service-plan-approval',
      at: ['decisions', 'service-plan-approval'],
      part: 'key',
      message: say.t('rule.family-decision-missing.message'),
    }];
  },
};
