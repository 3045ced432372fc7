import type { Rule } from '../rule.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  summary: 'A wrong type, a missing required key, or an unknown key (with a "did you mean").',
  docs: {
    why: 'A typo such as `acountable:` must never silently drop an assignment. Every key is checked, and a phone number written without quotes is explained.',
    source: TEAM_FILE_FORMAT,
    fails: 'responsibilities:\n  crisis-plan:\n    acountable: jordan',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan',
  },
};
