import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fileResult } from '../../src/core/finding.js';
import { escapeXml, junit } from '../../src/present/formatters/junit.js';
import { context, examplesJson, examplesReport, finding, HOSTILE, hostileResults } from './report-fixtures.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; '#text': string };
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  testcase: Case[];
}

function parse(xml: string): { name: string; tests: string; failures: string; errors: string; testsuite: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true, // also decodes character references (&#10;)
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml).testsuites;
}

describe('junit report', () => {
  it('has a suite per file and a failing case per error or warning of the examples', async () => {
    const xml = await examplesReport('junit');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="carechart" ')).toBe(true);
    const json = await examplesJson();
    const doc = parse(xml);
    const failing = json.errorCount + json.warningCount;
    expect(doc.name).toBe('carechart');
    expect(doc.failures).toBe(String(failing));
    expect(doc.errors).toBe('0');
    expect(doc.testsuite).toHaveLength(json.results.length);
    let tests = 0;
    for (const [i, result] of json.results.entries()) {
      const suite = doc.testsuite[i]!;
      const fails = result.findings.filter((f) => f.severity !== 'info');
      expect(suite.name).toBe(result.file);
      expect(suite.failures).toBe(String(fails.length));
      expect(suite.tests).toBe(String(suite.testcase.length));
      tests += suite.testcase.length;
      if (fails.length === 0) {
        expect(suite.testcase).toEqual([{ classname: result.file, name: 'no problems' }]);
        continue;
      }
      expect(suite.testcase).toHaveLength(fails.length);
      for (const [j, f] of fails.entries()) {
        const c = suite.testcase[j]!;
        expect(c.classname).toBe(result.file);
        expect(c.name).toBe(`${f.rule} ${f.path} (${f.line}:${f.column})`.replace('  ', ' '));
        expect(c.failure?.type).toBe(f.rule);
        expect(c.failure?.message).toBe(f.message);
        expect(c.failure?.['#text']).toContain(`Ask: ${f.question}`);
        expect(c.failure?.['#text']).toContain(`${result.file}:${f.line}:${f.column}`);
      }
    }
    expect(doc.tests).toBe(String(tests));
    // The clean example shows as one passing case.
    expect(xml).toContain('name="no problems"');
  });

  it('escapes hostile text and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('a & b < c > d " e \' f\u0000\u0008\u000B\uFFFE\uD800 g\tok')).toBe(
      'a &amp; b &lt; c &gt; d &quot; e &apos; f g\tok',
    );
    const xml = junit(hostileResults(), context);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/\u0000/);
    const doc = parse(xml);
    expect(doc.tests).toBe('3');
    expect(doc.failures).toBe('2');
    const [hostile, clean] = doc.testsuite;
    expect(hostile!.name).toBe('teams/a,b:c%.yaml');
    expect(hostile!.testcase).toHaveLength(2); // the info finding is not a failure
    const failure = hostile!.testcase[0]!.failure!;
    const text = HOSTILE.replace('\u0000', '');
    // Attribute line breaks survive as character references.
    expect(failure.message).toBe(text);
    const body = text.replace('\r\n', '\n');
    expect(failure['#text']).toBe(`error: ${body}\nAsk: Who? ${body}\nAt teams/a,b:c%.yaml:12:5 (responsibilities.crisis-plan.accountable)`);
    expect(clean!.testcase).toEqual([{ classname: 'teams/clean.yaml', name: 'no problems' }]);
  });

  it('a file with only info findings passes', () => {
    const doc = parse(junit([fileResult('a.yaml', null, [finding({ severity: 'info' })])], context));
    expect(doc.failures).toBe('0');
    expect(doc.testsuite[0]!.testcase).toEqual([{ classname: 'a.yaml', name: 'no problems' }]);
  });

  it('a finding with no key path is named by rule and position', () => {
    const doc = parse(junit([fileResult('a.yaml', null, [finding({ rule: 'yaml-syntax', path: '', line: 3, column: 4 })])], context));
    expect(doc.testsuite[0]!.testcase[0]!.name).toBe('yaml-syntax (3:4)');
  });

  it('gives each suite the seconds its file took, and the whole run their sum, as decimals', () => {
    const seconds = new Map([['a.yaml', 0.0123], ['b.yaml', 1.5]]);
    const xml = junit([fileResult('a.yaml', null, []), fileResult('b.yaml', null, [])], { ...context, seconds });
    expect(xml).toMatch(/<testsuites [^>]*time="1\.512"/);
    expect(xml).toContain('<testsuite name="a.yaml" tests="1" failures="0" errors="0" skipped="0" time="0.012">');
    expect(junit([fileResult('c.yaml', null, [])], context)).toMatch(/<testsuite [^>]*time="0">/);
  });

  it('names files from the repository root', () => {
    const xml = junit([fileResult('teams/a.yaml', null, [finding()])], { ...context, cwd: `${context.cwd}/pkg`, root: context.cwd });
    expect(xml).toContain('<testsuite name="pkg/teams/a.yaml"');
  });
});
