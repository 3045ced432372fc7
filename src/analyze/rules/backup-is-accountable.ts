import type { Rule, RuleHit } from '../rule.js';
import { dutyPhrase } from '../wording.js';
import { memberName } from '../../resolve/team.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

export const backupIsAccountable: Rule = {
  id: 'backup-is-accountable',
  severity: 'warning',
  summary: 'A responsibility other than `crisis-response` names its accountable member as its own backup.',
  docs: {
    why: 'A backup who is the same person is no backup: when they are away, the duty stops.',
    source: `${TEAM_FILE_FORMAT}: a backup is who steps in when the accountable member is away`,
    fails: 'responsibilities:\n  plan-monitoring:\n    accountable: jordan\n    backup: jordan',
    passes: 'responsibilities:\n  plan-monitoring:\n    accountable: jordan\n    backup: kim',
  },
  check({ team, model, say }) {
    const hits: RuleHit[] = [];
    for (const a of team.responsibilities.values()) {
      if (a.id === 'crisis-response' || !a.backup || !a.accountable.includes(a.backup)) continue;
      hits.push({
        subject: a.id,
        at: ['responsibilities', a.id, 'backup'],
        message: say.t('rule.backup-is-accountable.message', { name: memberName(team, a.backup), duty: dutyPhrase(model, a.id) }),
      });
    }
    return hits;
  },
};
