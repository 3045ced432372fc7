import type { Rule } from '../rule.js';
import { leadMembers, leadRoleExpected } from '../lead-role.js';
import { roleWords } from '../wording.js';
import { guide, handout } from '../sources.js';

export const leadRoleMissing: Rule = {
  id: 'lead-role-missing',
  severity: 'error',
  summary: "No professional acts as the model's lead role (wraparound: always; case management: when the child has more than 3 overlapping needs).",
  docs: {
    why: 'A title is not a role: someone titled case manager who only schedules leaves the broad work undone. The lead role is judged by the duties a professional holds; a parent who holds them is doing the program\'s work, which does not count. Under case management it is expected once a child has more than three overlapping needs; in wraparound the care coordinator is always expected.',
    source: `${guide('when', 'Pro Tip: more than three overlapping service needs')}; ${handout('difference', 'the care coordinator is the single point of entry')}`,
    fails: '# model: case-management, child.needs has 4 entries\nmembers:\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  scheduling: { accountable: jordan }',
    passes: 'responsibilities:\n  service-plan: { accountable: jordan }\n  plan-monitoring: { accountable: jordan }',
  },
  check({ team, model, say }) {
    const lead = model.leadRole;
    if (!lead || !leadRoleExpected(team, model)) return [];
    if (leadMembers(team, model).length > 0) return [];
    const titled = team.members.filter((m) => !m.family && m.role === lead).map((m) => m.name);
    const values = {
      role: roleWords(model, lead),
      titled: titled.length ? say.t('rule.lead-role-missing.titled', { names: say.list(titled), count: titled.length }) : '',
      model: model.id,
    };
    const needs = team.file.child.needs?.length ?? 0;
    return [{
      subject: lead,
      at: ['members'],
      part: 'key',
      message:
        model.leadRoleNeedsOver === undefined
          ? say.t('rule.lead-role-missing.always', values)
          : say.t('rule.lead-role-missing.needs', { ...values, over: model.leadRoleNeedsOver, child: team.file.child.name, needs }),
    }];
  },
};
