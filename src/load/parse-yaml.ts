import { parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../analyze/finding.js';
import { LIMITS } from './limits.js';
import { LineIndex } from './line-index.js';
import { Locator } from './locator.js';
import { syntaxFinding } from './syntax-finding.js';

export interface ParsedYaml {
  doc: Document | undefined;
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

function describe(error: YAMLError): string {
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const friendly = FRIENDLY[error.code];
  return friendly ? `${friendly} (${detail})` : `The YAML cannot be read here: ${detail}`;
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const depthError = tooDeep(text);
  if (depthError !== undefined) {
    const locator = new Locator(undefined, lines, text);
    const message = `Lists and mappings are nested more than ${LIMITS.maxDepth} levels deep here; a team file never needs that`;
    return { doc: undefined, locator, data: undefined, findings: [syntaxFinding(locator.span([], depthError, depthError + 1), message)] };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const locator = new Locator(doc, lines, text);
  const problems = firstProblems([...doc.errors, ...doc.warnings]);
  const findings = problems.map((e) => syntaxFinding(locator.span([], e.pos[0], e.pos[1]), describe(e)));
  if (doc.errors.length > 0) return { doc, locator, data: undefined, findings };
  try {
    const data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    return { doc, locator, data, findings };
  } catch (error) {
    const message =
      error instanceof ReferenceError
        ? `Aliases (*name) expand to more than ${LIMITS.maxAliasCount} copies here; write the values out instead`
        : `The YAML cannot be read: ${(error as Error).message}`;
    return { doc, locator, data: undefined, findings: [...findings, syntaxFinding(locator.span([], 0, 0), message)] };
  }
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

/** Offset where bracket or indentation nesting passes the limit, without building anything. */
function tooDeep(text: string): number | undefined {
  let flow = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStart = i + 1;
    else if (c === 91 || c === 123) {
      if (++flow > LIMITS.maxDepth) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if (i === lineStart && c === 32) {
      let j = i;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45) j++;
      // Two columns an indentation level: a deeper block than the limit allows.
      if (j - i > LIMITS.maxDepth * 2 * 2) return j;
    }
  }
  return undefined;
}
