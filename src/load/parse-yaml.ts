import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../core/finding.js';
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

const FRIENDLY: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same place; keep one of them',
  MULTIPLE_DOCS: 'This file holds more than one YAML document ("---"); a team file describes one team',
  BAD_INDENT: 'The indentation here does not line up with the lines above it',
  TAB_AS_INDENT: 'A tab is used for indentation here; YAML needs spaces',
  MISSING_CHAR: 'A closing bracket, brace or quote is missing',
  BLOCK_AS_IMPLICIT_KEY: 'A key is missing its ":" or the line above is not finished',
  MULTILINE_IMPLICIT_KEY: 'A key runs over more than one line; is a ":" missing at the end of the line above?',
  UNEXPECTED_TOKEN: 'Unexpected character here',
  TAG_RESOLVE_FAILED: 'YAML tags (like !!js/function or !!binary) are not used in team files; remove the tag',
  BAD_ALIAS: 'This alias (*name) refers to an anchor (&name) that does not exist',
  ALIAS_PROPS: 'An alias cannot have its own tag or anchor',
};

function describe(error: YAMLError, text: string): string {
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (detail.startsWith('Implicit map keys need to be followed by map values')) return missingColon(text, error.pos[0]);
  const friendly = FRIENDLY[error.code];
  return friendly ? `${friendly} (${detail})` : `The YAML cannot be read here: ${detail}`;
}

/** `title Mother` in a mapping: yaml reads a key with no value; the writer left out the colon. */
function missingColon(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? undefined : end).trim().replace(/^-\s+/, '');
  const [key, ...rest] = line.split(/\s+/);
  if (!key || key.includes(':')) return 'A colon is missing after a key on this line';
  return `A colon is missing after \`${key}\`${rest.length ? `: write \`${key}: ${rest.join(' ')}\`` : ''}`;
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
  const findings = problems.map((e) => syntaxFinding(locator.span([], e.pos[0], e.pos[1]), describe(e, text)));
  if (doc.errors.length > 0) return { locator, data: undefined, findings };
  const refused = refusals(doc, text).map((r) => syntaxFinding(locator.span([], r.start, r.end), r.message));
  if (refused.length === 0) {
    try {
      return { locator, data: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }), findings };
    } catch (error) {
      if (!isAliasBomb(error)) refused.push(syntaxFinding(locator.span([], 0, 0), `The YAML cannot be read: ${(error as Error).message}`));
    }
  }
  if (expandsTooFar(doc)) refused.unshift(syntaxFinding(locator.span([], 0, 0), ALIAS_BOMB_MESSAGE));
  // Refused as a syntax error is: the same findings whichever reader was tried first.
  const taken = new Set(findings.map((f) => f.line));
  const all = [...findings, ...refused.filter((f) => !taken.has(f.line) || f.message === ALIAS_BOMB_MESSAGE)];
  return { locator, data: undefined, findings: all.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_SYNTAX_FINDINGS) };
}

const ALIAS_BOMB_MESSAGE = `Aliases (*name) expand to more than ${LIMITS.maxAliasCount} copies here; write the values out instead`;
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
