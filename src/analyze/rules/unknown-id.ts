import type { Rule, RuleHit } from '../rule.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { valueAt } from '../../core/value-at.js';

export const unknownId: Rule = {
  id: 'unknown-id',
  severity: 'error',
  summary: 'A responsibility, decision or role id is not in the model.',
  question: 'Which duty, decision or role of the model is meant here?',
  docs: {
    why: 'A misspelled duty is a duty the check cannot see: it would be reported as unassigned while the file seems to assign it.',
    source: 'team-file.md: a responsibility, decision or role id not in the model\'s catalog is an error with the nearest id suggested.',
    fails: 'responsibilities:\n  crisis-plna:\n    accountable: jordan',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan',
  },
  check({ team, model, raw }) {
    const hits: RuleHit[] = [];
    const catalog = (section: 'responsibilities' | 'decisions', known: Map<string, unknown>, what: string) => {
      // The keys as written: validation may have set entries aside, and a key like `__proto__` never survives into an object.
      const written = valueAt(raw, [section]);
      const ids = written && typeof written === 'object' && !Array.isArray(written) ? Object.keys(written) : [];
      for (const id of ids) {
        if (known.has(id)) continue;
        hits.push({
          subject: id,
          at: [section, id],
          part: 'key',
          message: `"${id}" is not a ${what} of the ${model.id} model${didYouMean(id, known.keys())}`,
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
        message: `"${role}" is not a role of the ${model.id} model${didYouMean(role, model.roles.keys())}`,
      });
    }
    return hits;
  },
};
