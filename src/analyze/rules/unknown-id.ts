import type { Rule, RuleHit } from '../rule.js';
import { didYouMeanText } from '../wording.js';
import { valueAt } from '../../validate/schema-findings.js';

export const unknownId: Rule = {
  id: 'unknown-id',
  severity: 'error',
  summary: 'A responsibility, decision or role id is not in the model.',
  docs: {
    why: 'A misspelled duty is a duty the check cannot see: it would be reported as unassigned while the file seems to assign it.',
    source: 'team-file.md: a responsibility, decision or role id not in the model\'s catalog is an error with the nearest id suggested.',
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
    for (const m of team.members) {
      const role = m.data.role;
      if (role === undefined || model.roles.has(role)) continue;
      hits.push({
        subject: role,
        at: ['members', m.index, 'role'],
        message: say.t('rule.unknown-id.message', { id: role, kind: 'role', model: model.id, hint: didYouMeanText(role, model.roles.keys(), say) }),
      });
    }
    return hits;
  },
};
