import type { Rule } from '../rule.js';
import { memberName } from '../../resolve/team.js';
import { guide } from '../sources.js';

export const crisisBackupMissing: Rule = {
  id: 'crisis-backup-missing',
  severity: 'error',
  summary: '`crisis-response` has an accountable member but no `backup`, or the backup is the accountable member.',
  docs: {
    why: 'Crises do not wait for office hours or holidays. The first call in a crisis needs a second name the family can reach.',
    source: guide('programs', 'behavior and crisis planning prepares the team for difficult moments before they happen'),
    fails: 'responsibilities:\n  crisis-response:\n    accountable: jordan',
    passes: 'responsibilities:\n  crisis-response:\n    accountable: jordan\n    backup: kim',
  },
  check({ team, say }) {
    const response = team.responsibilities.get('crisis-response');
    const owner = response?.accountable[0];
    // Nobody accountable is `responsibility-unassigned`: one gap, one finding.
    if (!owner) return [];
    if (response.backup && response.backup !== owner) return [];
    if (response.backup) {
      return [{
        subject: 'crisis-response',
        at: ['responsibilities', 'crisis-response', 'backup'],
        message: say.t('rule.crisis-backup-missing.own-backup', { name: memberName(team, response.backup) }),
      }];
    }
    return [{
      subject: 'crisis-response',
      at: ['responsibilities', 'crisis-response'],
      part: 'key',
      message: say.t('rule.crisis-backup-missing.no-backup-named', { name: memberName(team, owner) }),
    }];
  },
};
