import type { Finding } from '../../core/finding.js';
import type { ReportFormatter } from '../report.js';
import { region, reportPath } from './common.js';

/** Everything XML 1.0 forbids: C0 controls but tab, CR and LF; lone surrogates; U+FFFE, U+FFFF. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content and attribute values alike; CR, LF and tab as references, so attributes keep them. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Seconds as JUnit's XSD wants them: a decimal, no exponent. */
const decimal = (seconds: number) => (Number.isFinite(seconds) && seconds > 0 ? seconds.toFixed(3) : '0');

function testCase(f: Finding, file: string): string {
  const { line, column } = region(f);
  const name = `${f.rule}${f.path ? ` ${f.path}` : ''} (${line}:${column})`;
  // Line breaks in the body as LF: XML parsers turn CR LF into LF anyway.
  const body = [f.message, `Ask: ${f.question}`, `At ${file}:${line}:${column}${f.path ? ` (${f.path})` : ''}`]
    .join('\n')
    .replace(/\r\n?/g, '\n');
  return [
    `    <testcase classname="${attribute(file)}" name="${attribute(name)}">`,
    `      <failure message="${attribute(f.message)}" type="${attribute(f.rule)}">${escapeXml(`${f.severity}: ${body}`)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * JUnit XML for CI test reports: a test suite per file, a failing test case per error or
 * warning. Info findings never fail a run (rules.md), so they are left out here rather than
 * shown as passing tests; `--format stylish` or `json` lists them. A file with nothing failing
 * has one passing case, "no problems", so that every file checked shows in the report.
 */
export const junit: ReportFormatter = (results, { cwd, root, seconds }) => {
  let tests = 0;
  let failures = 0;
  let total = 0;
  const suites = results.map((result) => {
    const file = reportPath(result.file, cwd, root);
    const time = seconds?.get(result.file) ?? 0;
    total += time;
    const failing = result.findings.filter((f) => f.severity !== 'info');
    const cases = failing.length > 0
      ? failing.map((f) => testCase(f, file))
      : [`    <testcase classname="${attribute(file)}" name="no problems"/>`];
    tests += cases.length;
    failures += failing.length;
    return [
      `  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failing.length}" errors="0" skipped="0" time="${decimal(time)}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="carechart" tests="${tests}" failures="${failures}" errors="0" time="${decimal(total)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
