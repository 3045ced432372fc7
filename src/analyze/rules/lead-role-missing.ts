import type { Rule } from '../rule.js';
import { roleWords } from '../wording.js';

export const leadRoleMissing: Rule = {
  id: 'lead-role-missing',
  severity: 'error',
  summary: "Nobody acts as the model's lead role (wraparound: always; case management: when the child has more than 3 overlapping needs).",
  docs: {
    why: 'A title is not a role: someone titled case manager who only schedules leaves the broad work undone. The lead role is judged by the duties a member holds. Under case management it is expected once a child has more than three overlapping needs; in wraparound the care coordinator is always expected.',
    source: '000 (Pro Tip: "more than three overlapping service needs"); 001 (the care coordinator as single point of entry).',
    fails: '# model: case-management, child.needs has 4 entries\nmembers:\n  - { id: jordan, name: Jordan Lee, title: Case Manager }\nresponsibilities:\n  scheduling: { accountable: jordan }',
    passes: 'responsibilities:\n  service-plan: { accountable: jordan }\n  plan-monitoring: { accountable: jordan }',
  },
  check({ team, model, say }) {
    const lead = model.leadRole;
    if (!lead) return [];
    const needs = team.file.child.needs?.length ?? 0;
    if (model.leadRoleNeedsOver !== undefined && needs <= model.leadRoleNeedsOver) return [];
    // Acting as the lead takes some of its core duties: a title alone (or a role that holds none of them) is not enough.
    const core = model.roles.get(lead)?.core ?? [];
    if (team.members.some((m) => m.actsAs === lead && (core.length === 0 || core.some((d) => m.duties.has(d))))) return [];
    const titled = team.members.filter((m) => m.role === lead).map((m) => m.name);
    const values = {
      role: roleWords(model, lead),
      titled: titled.length ? say.t('rule.lead-role-missing.titled', { names: say.list(titled), count: titled.length }) : '',
      model: model.id,
    };
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
