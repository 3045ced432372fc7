import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/finding.js';
import { ruleQuestion, type Rule } from '../../analyze/rule.js';
import type { Messages } from '../../i18n/messages.js';
import { BLOCKING_RULES, RULES } from '../../analyze/rule-registry.js';
import type { ReportFormatter } from '../report.js';
import { messageWithQuestion, region, reportPath, sentence } from './common.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** package.json's `homepage` (test/present/sarif.test.ts keeps them equal). */
export const INFORMATION_URI = 'https://github.com/carechart/carechart';

/**
 * Each rule's page, written by `rulePage` into docs/rules/ of the repository, and shipped in the
 * package (package.json `files`), so a copy is also beside every installed carechart.
 */
export function ruleHelpUri(ruleId: string): string {
  return `${INFORMATION_URI}/blob/main/docs/rules/${ruleId}.md`;
}

type SarifLevel = 'error' | 'warning' | 'note';

const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = { error: 'error', warning: 'warning', info: 'recommendation' };

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** `single-accountable` → `SingleAccountable`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * SARIF's readable `name` of a rule: its id in PascalCase. The validator (SARIF1001) wants it to
 * differ from the id even in case, so a one-word id (`schema`) gets a suffix.
 */
export function ruleName(id: string): string {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Problem` : name;
}

function ruleDescriptor(rule: Rule, say: Messages) {
  const question = ruleQuestion(rule.id, say);
  const { why, source, fails, passes } = rule.docs;
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(rule.summary) },
    fullDescription: { text: sentence(why) },
    help: {
      text: [sentence(why), `Ask: ${question}`, `Source: ${source}`, `Fails:\n${fails}`, `Passes:\n${passes}`].join('\n\n'),
      markdown: [
        sentence(why),
        `**Ask:** ${question}`,
        `**Source:** ${source}`,
        `Fails:\n\n\`\`\`yaml\n${fails}\n\`\`\``,
        `Passes:\n\n\`\`\`yaml\n${passes}\n\`\`\``,
      ].join('\n\n'),
    },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ['care-team', BLOCKING_RULES.has(rule.id) ? 'blocking' : 'gap'],
      // GitHub code scanning reads these two: how sure a finding is, and how it sorts it.
      // A blocking finding (bad syntax, schema, unknown ids) is certain; a gap is a judgment.
      precision: BLOCKING_RULES.has(rule.id) ? 'very-high' : 'high',
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
    },
  };
}

/**
 * A fingerprint that survives edits elsewhere in the file: the rule, the file, what the finding
 * is about and where in the key tree — not the line. Findings equal in all four get an ordinal.
 */
function fingerprint(rule: string, file: string, subject: string | null, path: string, seen: Map<string, number>): string {
  const key = JSON.stringify([rule, file, subject, path]);
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${sha256().update(key).digest('hex').slice(0, 32)}:${n}`;
}

/** Percent-encodes each segment, so that spaces, `#`, `%` and `?` in names stay a valid URI. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule with its
 * help, results located in the files relative to `%SRCROOT%` (the repository's top folder, or
 * `--base-dir`). No timestamps or absolute paths in the results, so the same input gives the
 * same log.
 */
export const sarif: ReportFormatter = (results, { cwd, root: base = cwd, version, say }) => {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const root = pathToFileURL(base).href;
  const sarifResults = results.flatMap((result) => {
    const file = reportPath(result.file, cwd, base);
    return result.findings.map((f) => {
      const index = ruleIndex.get(f.rule);
      const { line, column, endLine, endColumn } = region(f);
      const id = fingerprint(f.rule, file, f.subject, f.path, seen);
      return {
        ruleId: f.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: sarifLevel(f.severity),
        message: { text: messageWithQuestion(f) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(file), uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
            ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path }] } : {}),
          },
        ],
        // Code scanning matches alerts across commits by primaryLocationLineHash, and computes one
        // from the line's text when it is missing: this one is of what the finding is about, so
        // an alert stays the same alert when lines above it are added or removed.
        partialFingerprints: { 'carechartFinding/v1': id, primaryLocationLineHash: id },
        properties: { subject: f.subject, path: f.path, question: f.question },
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'carechart',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ruleDescriptor(rule, say)),
          },
        },
        // The category of the analysis: one per tool, so that a second upload replaces the first.
        automationDetails: { id: 'carechart/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        // Columns count UTF-16 code units: the YAML parser's positions are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** node:crypto when a SARIF report is written, not in every run that loads the formatters. */
function sha256() {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256');
}
