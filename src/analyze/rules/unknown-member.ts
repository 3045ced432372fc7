import type { Rule } from '../rule.js';
import { references } from '../references.js';
import { didYouMeanText } from '../wording.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

export const unknownMember: Rule = {
  id: 'unknown-member',
  severity: 'error',
  summary: 'A reference names no member of the team.',
  docs: {
    why: 'A duty assigned to someone who is not on the team is a duty nobody holds.',
    source: `${TEAM_FILE_FORMAT}: a member reference is a member id; \`team\` is allowed only as \`decides\``,
    fails: 'responsibilities:\n  crisis-plan:\n    accountable: jordon   # no member has this id',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan',
  },
  check({ team, raw, say }) {
    const unknown = (id: string, teamAllowed: boolean) => !team.writtenIds.has(id) && !(id === 'team' && teamAllowed);
    return references(team, raw, unknown).map((ref) => ({
      subject: ref.id,
      at: ref.at,
      message:
        ref.id === 'team'
          ? say.t('rule.unknown-member.team-only-decides')
          : say.t('rule.unknown-member.message', { id: ref.id, hint: didYouMeanText(ref.id, team.writtenIds, say) }),
    }));
  },
};
