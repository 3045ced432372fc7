import { isMap, isNode, isScalar, isSeq, parseDocument, type YAMLError } from 'yaml';
import type { Finding } from '../analyze/finding.js';
import type { Text } from '../i18n/keyed-finding.js';
import { LIMITS } from './limits.js';
import { LineIndex } from './line-index.js';
import { Locator } from './locator.js';
import type { SourceNode } from './source-tree.js';
import { syntaxFinding } from './syntax-finding.js';
import { TOO_DEEP_MESSAGE, tooDeep } from './too-deep.js';

export interface ParsedYaml {
  locator: Locator;
  /** The plain data, or undefined when the file could not be read as YAML at all. */
  data: unknown;
  findings: Finding[];
}

/** The yaml errors with words of their own: `load.yaml.CODE` in locales/*.yaml. */
const FRIENDLY = new Set([
  'DUPLICATE_KEY',
  'MULTIPLE_DOCS',
  'BAD_INDENT',
  'TAB_AS_INDENT',
  'MISSING_CHAR',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
  'TAG_RESOLVE_FAILED',
  'BAD_ALIAS',
  'ALIAS_PROPS',
]);

/** yaml's own detail (in English, as yaml writes it) follows carechart's words. */
function describe(error: YAMLError): Text {
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return FRIENDLY.has(error.code) ? { key: `load.yaml.${error.code}`, values: { detail } } : { key: 'load.yaml-here', values: { detail } };
}

/** The one reading that works for any file: yaml's own parser, with all its errors located. */
export function parseYaml(text: string, lines = new LineIndex(text)): ParsedYaml {
  const depthError = tooDeep(text);
  if (depthError !== undefined) {
    const locator = new Locator(undefined, lines, text);
    return { locator, data: undefined, findings: [syntaxFinding(locator.span([], depthError, depthError + 1), TOO_DEEP_MESSAGE)] };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const locator = new Locator(sourceTree(doc.contents), lines, text);
  const problems = firstProblems([...doc.errors, ...doc.warnings]);
  const findings = problems.map((e) => syntaxFinding(locator.span([], e.pos[0], e.pos[1]), describe(e)));
  if (doc.errors.length > 0) return { locator, data: undefined, findings };
  try {
    const data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    return { locator, data, findings };
  } catch (error) {
    const message: Text =
      error instanceof ReferenceError
        ? { key: 'load.aliases', values: { count: LIMITS.maxAliasCount } }
        : { key: 'load.unreadable-yaml', values: { detail: (error as Error).message } };
    return { locator, data: undefined, findings: [...findings, syntaxFinding(locator.span([], 0, 0), message)] };
  }
}

/** The ranges of yaml's Document, as the Locator reads them. */
function sourceTree(node: unknown): SourceNode | null {
  if (!isNode(node)) return node == null ? null : { start: -1, end: -1 };
  const [start, end] = node.range ?? [-1, -1];
  if (isMap(node)) {
    const pairs = node.items.map((pair) => ({
      key: isScalar(pair.key) ? String(pair.key.value) : undefined,
      keyNode: sourceTree(pair.key),
      value: sourceTree(pair.value),
    }));
    return { start, end, pairs };
  }
  if (isSeq(node)) return { start, end, items: node.items.map(sourceTree) };
  return { start, end };
}

/**
 * One stray character makes the parser report every token after it. Show the first problem of each
 * kind, and at most a few: the rest usually go away with the first fix.
 */
function firstProblems(problems: YAMLError[]): YAMLError[] {
  const seen = new Set<string>();
  const kept = problems.filter((p) => !seen.has(p.code) && seen.add(p.code));
  return kept.sort((a, b) => a.pos[0] - b.pos[0]).slice(0, MAX_SYNTAX_FINDINGS);
}

const MAX_SYNTAX_FINDINGS = 5;
