import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../core/finding.js';
import type { Text } from '../i18n/keyed-finding.js';
import { LIMITS } from './limits.js';
import { refusals } from './refused-yaml.js';
import { LineIndex } from '../core/line-index.js';
import { Locator } from '../core/locator.js';
import type { SourceNode } from '../core/source-tree.js';
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
function describe(error: YAMLError, text: string): Text {
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (detail.startsWith('Implicit map keys need to be followed by map values')) return missingColon(text, error.pos[0]);
  return FRIENDLY.has(error.code) ? { key: `load.yaml.${error.code}`, values: { detail } } : { key: 'load.yaml-here', values: { detail } };
}

/** `title Mother` in a mapping: yaml reads a key with no value; the writer left out the colon. */
function missingColon(text: string, at: number): Text {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? undefined : end).trim().replace(/^-\s+/, '');
  const [key, ...rest] = line.split(/\s+/);
  if (!key || key.includes(':')) return { key: 'load.colon-missing-line' };
  return rest.length ? { key: 'load.colon-missing-write', values: { key, rest: rest.join(' ') } } : { key: 'load.colon-missing', values: { key } };
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
  // After a tab used as indentation, yaml's other errors are its reading of the same slip (a key
  // "missing its colon", one "over more than one line"): the tab alone is what to fix.
  if (problems[0]?.code === 'TAB_AS_INDENT') problems.length = 1;
  const findings = problems.map((e) => syntaxFinding(locator.span([], e.pos[0], e.pos[1]), describe(e, text)));
  if (doc.errors.length > 0) return { locator, data: undefined, findings };
  const refused = refusals(doc, text).map((r) => syntaxFinding(locator.span([], r.start, r.end), r.message));
  if (refused.length === 0) {
    try {
      return { locator, data: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }), findings };
    } catch (error) {
      if (!isAliasBomb(error)) refused.push(syntaxFinding(locator.span([], 0, 0), { key: 'load.unreadable-yaml', values: { detail: (error as Error).message } }));
    }
  }
  const bomb = expandsTooFar(doc) ? syntaxFinding(locator.span([], 0, 0), ALIAS_BOMB) : undefined;
  if (bomb) refused.unshift(bomb);
  // Refused as a syntax error is: the same findings whichever reader was tried first.
  const taken = new Set(findings.map((f) => f.line));
  const all = [...findings, ...refused.filter((f) => !taken.has(f.line) || f === bomb)];
  return { locator, data: undefined, findings: all.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_SYNTAX_FINDINGS) };
}

const ALIAS_BOMB: Text = { key: 'load.aliases', values: { count: LIMITS.maxAliasCount } };
const isAliasBomb = (error: unknown) => /alias count/i.test((error as Error).message);

/** yaml's own count of alias expansions; maps as Maps, so that a key that is a mapping raises no warning. */
function expandsTooFar(doc: Document): boolean {
  try {
    doc.toJS({ maxAliasCount: LIMITS.maxAliasCount, mapAsMap: true });
    return false;
  } catch (error) {
    return isAliasBomb(error);
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
