import type { Rule } from '../rule.js';
import { parentsDecidingAlone } from './adult-decisions.js';
import { handout } from '../sources.js';

export const youthVoiceMissing: Rule = {
  id: 'youth-voice-missing',
  severity: 'warning',
  summary: '`child.age` is 14 or more and the youth has no part in `service-plan-approval` (from 18, a parent deciding alone is `adult-decisions` instead).',
  docs: {
    why: 'From about 14, transition planning starts and a young person\'s own voice belongs in their plan: "full partnership of all team members, including the youth".',
    source: handout('team', 'full partnership and collaboration of all Team members, including the youth/family'),
    fails: 'child: { name: Leo, age: 15 }\ndecisions:\n  service-plan-approval: { decides: ana }',
    passes: 'decisions:\n  service-plan-approval: { decides: ana, agree: [leo] }   # leo: role youth',
  },
  check({ team, say }) {
    const age = team.file.child.age;
    // A young adult whose parent decides alone is `adult-decisions`' finding: one gap, one finding.
    if (age === undefined || age < 14 || parentsDecidingAlone(team).length > 0) return [];
    const approval = team.decisions.get('service-plan-approval');
    const youth = team.members.filter((m) => m.role === 'youth').map((m) => m.id);
    const parts = [...(approval?.decides ?? []), ...(approval?.agree ?? []), ...(approval?.recommends ?? []), ...(approval?.input ?? [])];
    if (parts.some((id) => youth.includes(id) || (id === 'team' && youth.length > 0))) return [];
    return [{
      subject: 'service-plan-approval',
      at: ['decisions', 'service-plan-approval'],
      part: 'key',
      message: say.t(`rule.youth-voice-missing.${youth.length ? 'message' : 'not-listed'}`, { child: team.file.child.name, age }),
    }];
  },
};
