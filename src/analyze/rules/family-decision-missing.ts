import type { Rule } from '../rule.js';

export const familyDecisionMissing: Rule = {
  id: 'family-decision-missing',
  severity: 'error',
  summary: 'No parent or youth decides or agrees on `service-plan-approval`.',
  docs: {
    why: '"Family input built into the process: your perspective shapes the decisions." A plan the family never approved is not the family\'s plan.',
    source: '000 (family input); 001 (family voice and choice, consensus).',
    fails: 'decisions:\n  service-plan-approval:\n    decides: jordan',
    passes: 'decisions:\n  service-plan-approval:\n    decides: ana   # the parent\n    recommends: [jordan]',
  },
  check({ team, say }) {
    const approval = team.decisions.get('service-plan-approval');
    const isFamily = (id: string) => ['parent', 'youth'].includes(team.byId.get(id)?.role ?? '');
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
