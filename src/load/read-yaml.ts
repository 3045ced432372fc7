import type { Engine } from '../core/engine.js';
import { fastYaml } from './fast-yaml.js';
import { LineIndex } from '../core/line-index.js';
import { Locator } from '../core/locator.js';
import type { ParsedYaml } from './parse-yaml.js';
import { TAB_AS_INDENT, syntaxFinding } from './syntax-finding.js';
import { tooDeep } from './too-deep.js';

/**
 * The fast reader where it applies, else yaml itself (loaded only then): the same data, the same
 * positions and the same findings either way (test/speed/ compares them).
 */
export async function readYaml(text: string, engine: Engine = 'fast'): Promise<ParsedYaml> {
  const lines = new LineIndex(text);
  const fast = engine === 'fast' && tooDeep(text) === undefined ? fastYaml(text) : undefined;
  if (fast && 'tab' in fast) {
    const locator = new Locator(null, lines, text);
    return { locator, data: undefined, findings: [syntaxFinding(locator.span([], fast.tab, fast.tab + 1), TAB_AS_INDENT)] };
  }
  if (fast) return { locator: new Locator(fast.root, lines, text), data: fast.data, findings: [] };
  const { parseYaml } = await import('./parse-yaml.js');
  return parseYaml(text, lines);
}
