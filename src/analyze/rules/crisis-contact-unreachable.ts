import type { Rule } from '../rule.js';
import { childSituations } from '../../resolve/situations.js';
import { guide } from '../sources.js';

export const crisisContactUnreachable: Rule = {
  id: 'crisis-contact-unreachable',
  severity: 'warning',
  summary: 'The accountable member or the backup of `crisis-response` has no phone; an error when the child has the situation `recent-crisis`.',
  docs: {
    why: 'In a crisis a family calls; an email can sit unread until Monday. Crisis support is only a core feature if the people who take the first call can be phoned, and after a recent crisis that matters most.',
    source: `${guide('programs', 'ACAP: crisis support as a core feature')}; ${guide('when', 'crisis planning')}`,
    fails: 'members:\n  - { id: jordan, name: Jordan Lee, title: Case Manager, contact: { email: jordan@example.org } }\nresponsibilities:\n  crisis-response: { accountable: jordan, backup: kim }',
    passes: 'members:\n  - { id: jordan, name: Jordan Lee, title: Case Manager, contact: { phone: "555-0101", email: jordan@example.org } }\nresponsibilities:\n  crisis-response: { accountable: jordan, backup: kim }',
  },
  check({ team, model, say }) {
    const response = team.responsibilities.get('crisis-response');
    if (!response) return [];
    const recent = childSituations(team.file, model).some((s) => s.id === 'recent-crisis');
    const ids = [...new Set([...response.accountable, ...(response.backup ? [response.backup] : [])])];
    return ids.flatMap((id) => {
      const member = team.byId.get(id);
      if (!member || member.data.contact?.phone) return [];
      const part = response.accountable.includes(id) ? 'first' : 'backup';
      return [{
        subject: member.id,
        at: ['members', member.index, 'contact'],
        part: 'key' as const,
        severity: recent ? ('error' as const) : undefined,
        message: say.t(`rule.crisis-contact-unreachable.${recent ? 'recent' : 'message'}`, { name: member.name, part, child: team.file.child.name }),
      }];
    });
  },
};
