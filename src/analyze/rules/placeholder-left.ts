import { DEFAULT_LANG, loadMessages } from '../../i18n/load-locale.js';
import { pickLanguage } from '../../i18n/pick-language.js';
import { placeholderTest } from '../../validate/placeholders.js';
import type { Rule, RuleHit } from '../rule.js';
import { TEAM_FILE_FORMAT } from '../sources.js';

/** Enough for any real team file; a hostile one is not walked further. */
const MAX_VALUES = 100_000;

export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  severity: 'error',
  summary: 'A value still holds example text that `carechart init` wrote to be replaced ("Your child\'s first name or initials", "Your name", ...).',
  docs: {
    why: 'A chart that says "Your name" where a parent\'s name belongs cannot be handed to anyone. The starter file\'s example text is there to be replaced, so a file that still holds it is not finished.',
    source: `${TEAM_FILE_FORMAT}: the starter file that \`carechart init\` writes`,
    fails: 'child:\n  name: "Your child\'s first name or initials"',
    passes: 'child:\n  name: Maya',
  },
  check({ team, raw, say }) {
    const hits: RuleHit[] = [];
    // The example text in the run's language, the file's own (`init --lang es` writes it) and English.
    const langs = new Set([say.lang, pickLanguage(team.file.lang), DEFAULT_LANG]);
    const isPlaceholder = placeholderTest([...langs].map((lang) => (lang === say.lang ? say : loadMessages(lang))));
    // One path, pushed and popped as the walk goes; copied only for a hit.
    const path: (string | number)[] = [];
    let seen = 0;
    const walk = (value: unknown): void => {
      if (++seen > MAX_VALUES) return;
      if (typeof value === 'string') {
        if (isPlaceholder(value)) hits.push({ subject: null, at: [...path], message: say.t('rule.placeholder-left.message', { value: value.trim() }) });
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(value[i]);
          path.pop();
        }
      } else if (value && typeof value === 'object') {
        for (const key in value) {
          path.push(key);
          walk((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    };
    walk(raw);
    return hits;
  },
};
