import type { Rule } from '../rule.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  summary: 'The file is not valid YAML, or is beyond the limits of a team file (size, nesting, aliases, encoding).',
  docs: {
    why: 'A file that cannot be read cannot be checked: nothing else in it is looked at until it is fixed.',
    source: `${TEAM_FILE_FORMAT}; the YAML 1.2 specification (yaml.org)`,
    fails: 'members:\n  - id: ana\n   name: Ana Rivera   # indented one space too few',
    passes: 'members:\n  - id: ana\n    name: Ana Rivera',
  },
};
