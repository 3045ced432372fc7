import { describe, expect, it } from 'vitest';
import { fileResult } from '../../src/core/finding.js';
import { ANNOTATIONS_PER_STEP, escapeData, escapeProperty, github } from '../../src/present/formatters/github.js';
import { context, examplesJson, examplesReport, finding, HOSTILE, hostileResults, many } from './report-fixtures.js';

/**
 * `::level file=…,line=…,endLine=…[,col=…,endColumn=…],title=…::message`: no raw CR, LF, and
 * properties free of `,` `:`; columns only on a one-line annotation, where GitHub uses them.
 */
const COMMAND =
  /^::(error|warning|notice) file=([^,:\r\n]+),line=(\d+),endLine=(\d+)(?:,col=(\d+),endColumn=(\d+))?,title=([^,:\r\n]+)::([^\r\n]*)$/;
const SUMMARY = /^::notice title=carechart::(\d+) findings? (was|were) not annotated: .*carechart check --format stylish/;

/** Line, end line and, on one line only, the columns, as the command has them. */
const located = (m: RegExpExecArray) => [m[3], m[4], m[5], m[6]].filter((n) => n !== undefined).map(Number);
const expected = (f: { line: number; column: number; endLine: number; endColumn: number }) =>
  f.endLine === f.line ? [f.line, f.endLine, f.column, f.endColumn] : [f.line, f.endLine];

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** What the runner does to a command: undo @actions/core's escaping. */
const unescape = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github report', () => {
  it('prints one workflow command per finding of the examples, located like the JSON report', async () => {
    const json = await examplesJson();
    const out = lines(await examplesReport('github'));
    const findings = json.results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file })));
    const commands = out.filter((l) => COMMAND.test(l));
    expect(commands).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      const m = COMMAND.exec(commands[i]!)!;
      expect(m[1]).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(m[2]).toBe(f.file);
      expect(located(m)).toEqual(expected(f));
      expect(m[7]).toBe(f.rule);
      expect(unescape(m[8]!)).toContain(f.message);
      expect(unescape(m[8]!)).toContain(`\nAsk: ${f.question}`);
    }
    // More warnings than GitHub annotates: the notice comes first, in place of one info finding.
    expect(json.warningCount).toBeGreaterThan(ANNOTATIONS_PER_STEP);
    const hidden = Math.max(0, json.errorCount - 10) + Math.max(0, json.warningCount - 10) + Math.max(0, json.infoCount - 9);
    expect(out[0]).toMatch(SUMMARY);
    expect(Number(SUMMARY.exec(out[0]!)![1])).toBe(hidden);
    expect(out).toHaveLength(findings.length + 1);
  });

  it('escapes messages (%, CR, LF) and properties (also : and ,) as GitHub documents', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    const out = lines(github(hostileResults(), context));
    expect(out).toHaveLength(3);
    for (const line of out) expect(line).toMatch(COMMAND);
    const error = out.find((l) => l.startsWith('::error '))!;
    expect(error).toContain('file=teams/a%2Cb%3Ac%25.yaml,line=12,endLine=12,col=5,endColumn=21,title=single-accountable::');
    expect(error).toContain('::100%25 sure: a, b | c <script>alert("x")</script> & \'d\'%0D%0Anext line');
    expect(error).not.toMatch(/[\r\u0000]/);
    const message = error.slice(error.indexOf('::', 2) + 2);
    // Control characters other than CR and LF (here a NUL) are shown escaped, as in stylish.
    const clean = HOSTILE.replace('\u0000', '\\u0000');
    expect(unescape(message)).toBe(`${clean}.\nAsk: Who? ${clean}`);
    // Two lines: GitHub would drop the columns, so none are written.
    expect(out.find((l) => l.startsWith('::warning '))).toContain('line=20,endLine=21,title=contact-missing');
    expect(out.find((l) => l.startsWith('::notice '))).toContain('title=natural-supports-missing');
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(github([fileResult('a.yaml', null, [])], context)).toBe('');
  });

  it('adds no notice at exactly the limit of each kind', () => {
    const out = lines(github([many('error', 10), many('warning', 10, 'w.yaml'), many('info', 10, 'i.yaml')], context));
    expect(out).toHaveLength(30);
    expect(out.every((l) => COMMAND.test(l))).toBe(true);
  });

  it('starts with a notice counting what GitHub will not annotate, so that it is always shown', () => {
    const out = lines(github([many('error', 13), many('warning', 11, 'w.yaml'), many('info', 2, 'i.yaml')], context));
    expect(out).toHaveLength(27);
    expect(out.slice(1).every((l) => COMMAND.test(l))).toBe(true);
    expect(out[0]).toMatch(SUMMARY);
    expect(out[0]).toMatch(/^::notice title=carechart::4 findings were not annotated/);
    const one = lines(github([many('warning', 11)], context))[0];
    expect(one).toMatch(/^::notice title=carechart::1 finding was not annotated/);
    // 10 errors and 12 notices: the notice is the first of 10 notices GitHub shows, and the
    // last 3 info findings are those left out. Before, it was the 13th notice, and dropped.
    const notices = lines(github([many('error', 10), many('info', 12, 'i.yaml')], context)).filter((l) => l.startsWith('::notice'));
    expect(notices[0]).toMatch(/^::notice title=carechart::3 findings were not annotated/);
    expect(notices).toHaveLength(13);
  });

  it('gives paths relative to the repository root when the working folder is below it', () => {
    const below = { ...context, cwd: `${context.cwd}/packages/care`, root: context.cwd };
    expect(github([fileResult('teams/sam.yaml', null, [finding()])], below)).toContain('file=packages/care/teams/sam.yaml,');
    expect(github([fileResult(`${context.cwd}/other/x.yaml`, null, [finding()])], below)).toContain('file=other/x.yaml,');
  });

  it('makes file names relative to the working folder, with forward slashes', () => {
    const out = github([fileResult(`${context.cwd}/deep/team.yaml`, null, [finding()])], context);
    expect(out).toContain('file=deep/team.yaml,');
    expect(github([fileResult('teams\\win.yaml', null, [finding()])], context)).toContain('file=teams/win.yaml,');
  });
});
