import type { Rule, RuleHit } from '../rule.js';
import { valueAt } from '../../core/value-at.js';
import { TEAM_FILE_FORMAT } from '../sources.js';
import { roleFromAlias } from '../../resolve/infer-role.js';
import { didYouMeanText, roleWords } from '../wording.js';

export const unknownId: Rule = {
  id: 'unknown-id',
  severity: 'error',
  summary: 'A responsibility, decision, role or situation id is not in the model.',
  docs: {
    why: 'A misspelled duty is a duty the check cannot see: it would be reported as unassigned while the file seems to assign it.',
    source: `${TEAM_FILE_FORMAT}: \`carechart models show NAME\` lists every id of a model`,
    fails: 'responsibilities:\n  crisis-plna:\n    accountable: jordan',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan',
  },
  check({ team, model, raw, say }) {
    const hits: RuleHit[] = [];
    const catalog = (section: 'responsibilities' | 'decisions', known: Map<string, unknown>, kind: string) => {
      // The keys as written: validation may have set entries aside, and a key like `__proto__` never survives into an object.
      const written = valueAt(raw, [section]);
      const ids = written && typeof written === 'object' && !Array.isArray(written) ? Object.keys(written) : [];
      for (const id of ids) {
        if (known.has(id)) continue;
        hits.push({
          subject: id,
          at: [section, id],
          part: 'key',
          message: say.t('rule.unknown-id.message', { id, kind, model: model.id, hint: didYouMeanText(id, known.keys(), say) }),
        });
      }
    };
    catalog('responsibilities', model.responsibilities, 'responsibility');
    catalog('decisions', model.decisions, 'decision');
    const situations = team.file.child.situations ?? [];
    const listed = Array.isArray(valueAt(raw, ['child', 'situations']));
    situations.forEach((id, i) => {
      if (model.situations.has(id)) return;
      hits.push({
        subject: id,
        at: listed ? ['child', 'situations', i] : ['child', 'situations'],
        message: say.t('rule.unknown-id.message', { id, kind: 'situation', model: model.id, hint: didYouMeanText(id, model.situations.keys(), say) }),
      });
    });
    for (const m of team.members) {
      const role = m.data.role;
      if (role === undefined || model.roles.has(role)) continue;
      // A title word written as the role (`role: mother`) is read as the role it names, and said.
      const alias = roleFromAlias(model, role);
      hits.push({
        subject: role,
        at: ['members', m.index, 'role'],
        message: alias
          ? say.t('rule.unknown-id.alias', { id: role, model: model.id, alias, name: m.name, role: roleWords(model, alias) })
          : say.t('rule.unknown-id.message', { id: role, kind: 'role', model: model.id, hint: didYouMeanText(role, model.roles.keys(), say) }),
      });
    }
    return hits;
  },
};
