import type { Rule } from '../rule.js';
import { guide } from '../sources.js';

export const serviceModelMissing: Rule = {
  id: 'service-model-missing',
  severity: 'info',
  summary: '`program.service-model` is absent: the file does not point to the program\'s written service model.',
  docs: {
    why: '"Before enrolling in any case management program, ask for a written copy of their service model. If they cannot hand you a document that explains who does what and when, that is a signal the program may not have the structure your family needs."',
    source: guide('programs', 'Pro Tip: ask for a written copy of their service model'),
    fails: 'program:\n  name: Riverbend Autism Services',
    passes: 'program:\n  name: Riverbend Autism Services\n  service-model: https://example.org/riverbend-service-model.pdf',
  },
  check({ team, say }) {
    if (team.file.program?.['service-model']) return [];
    return [{
      subject: null,
      at: ['program', 'service-model'],
      part: 'key',
      message: say.t('rule.service-model-missing.message'),
    }];
  },
};
