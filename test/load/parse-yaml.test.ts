import { describe, expect, it } from 'vitest';
import { validateYamlText } from '../../src/validate/load-yaml.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { decodeSource } from '../../src/load/read-source.js';
import { teamSchema } from '../../src/validate/team-schema.js';

describe('parseYaml', () => {
  it('reports a syntax error as a located yaml-syntax finding, not an exception', () => {
    const parsed = parseYaml('members:\n  - id: ana\n   name: Ana\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.findings.length).toBeGreaterThan(0);
    const [f] = parsed.findings;
    expect(f).toMatchObject({ rule: 'yaml-syntax', severity: 'error', subject: null });
    expect(f!.line).toBe(3);
    expect(f!.column).toBeGreaterThanOrEqual(1);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const parsed = parseYaml('carechart: 1\nchild:\n  name: Sam\n  name: Samuel\n');
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 4, column: 3 });
    expect(parsed.findings[0]!.message).toMatch(/appears twice/);
  });

  it('refuses a second document in the same file, at its marker', () => {
    const parsed = parseYaml('carechart: 1\n---\ncarechart: 1\n');
    expect(parsed.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 2 });
    expect(parsed.findings[0]!.message).toMatch(/more than one YAML document/);
  });

  it('refuses YAML tags such as !!js/function', () => {
    const parsed = parseYaml('carechart: 1\nchild: !!js/function "function () {}"\n');
    expect(parsed.findings.some((f) => /tags/.test(f.message) && f.line === 2)).toBe(true);
  });

  it('stops an alias bomb with a finding', () => {
    // Each level holds ten aliases of the one before: 10^8 values if expanded.
    const names = 'abcdefghi';
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < names.length; i++) {
      lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]`);
    }
    const parsed = parseYaml(lines.join('\n'));
    expect(parsed.data).toBeUndefined();
    expect(parsed.findings.some((f) => /Aliases/.test(f.message))).toBe(true);
  });

  it('refuses nesting deeper than the limit before building it', () => {
    const parsed = parseYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(parsed.findings[0]!.message).toMatch(/nested more than/);
    expect(parsed.findings[0]!.line).toBe(1);
  });
});

describe('decodeSource', () => {
  it('removes a BOM so that positions start at column 1', () => {
    const decoded = decodeSource(new TextEncoder().encode('\uFEFFcarechart: 1\n'));
    expect(decoded).toEqual({ ok: true, text: 'carechart: 1\n' });
  });

  it('locates a NUL byte', () => {
    const decoded = decodeSource(new TextEncoder().encode('carechart: 1\nchild:\0\n'));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.finding).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 7 });
  });

  it('locates invalid UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('carechart: 1\nname: '), 0xff, 0x0a]);
    const decoded = decodeSource(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.finding).toMatchObject({ line: 2, column: 7 });
  });
});

describe('positions with CRLF line endings', () => {
  it('gives the same line and column as with LF', () => {
    const lf = 'carechart: 1\nchild:\n  name: Sam\n  agee: 9\nmembers:\n  - { id: ana, name: Ana }\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = validateYamlText(lf, teamSchema).findings;
    const b = validateYamlText(crlf, teamSchema).findings;
    expect(a).toHaveLength(1);
    expect(b.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }))).toEqual(
      a.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn })),
    );
    expect(a[0]).toMatchObject({ line: 4, column: 3, endLine: 4, endColumn: 7, path: 'child.agee' });
  });
});
