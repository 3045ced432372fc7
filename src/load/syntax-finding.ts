import type { Finding, Position } from '../core/finding.js';
import { keyedFinding, type Text } from '../i18n/keyed-finding.js';

/** A file that cannot be read as YAML; `text`: its message by key, `load.KEY` in locales/*.yaml. */
export function syntaxFinding(at: Position, text: Text): Finding {
  return keyedFinding({ rule: 'yaml-syntax', severity: 'error', subject: null, ...at }, text);
}

/** A tab used as indentation, in yaml's own words (test/load/tab-indent.test.ts holds them to yaml's). */
export const TAB_AS_INDENT: Text = { key: 'load.yaml.TAB_AS_INDENT', values: { detail: 'Tabs are not allowed as indentation' } };
