import type { Rule } from '../rule.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  summary: 'A wrong type, a missing required key, or an unknown key (with a "did you mean").',
  docs: {
    why: 'A typo such as `acountable:` must never silently drop an assignment. Every key is checked, and a phone number written without quotes is explained.',
    source: 'team-file.md (the format); `carechart schema` prints it as JSON Schema.',
    fails: 'responsibilities:\n  crisis-plan:\n    acountable: jordan',
    passes: 'responsibilities:\n  crisis-plan:\n    accountable: jordan',
  },
};
