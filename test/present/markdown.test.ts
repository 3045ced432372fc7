import { describe, expect, it } from 'vitest';
import { fileResult } from '../../src/core/finding.js';
import { escapeCell, markdown } from '../../src/present/formatters/markdown.js';
import { context, examplesJson, examplesReport, finding, hostileResults } from './report-fixtures.js';

/** A table row's cells, split where GitHub splits them: at a `|` that no backslash escapes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length - 1; i++) {
    const ch = row[i]!;
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

const HEADER = '| Line | Severity | Rule | Finding | Ask |';

describe('markdown report', () => {
  it('has the totals, then a table per file with findings', async () => {
    const json = await examplesJson();
    const md = await examplesReport('markdown');
    const lines = md.split('\n');
    expect(lines[0]).toBe(
      `## carechart: ${json.errorCount} errors, ${json.warningCount} warnings, ${json.infoCount} info in ${json.results.length} files`,
    );
    const withFindings = json.results.filter((r) => r.findings.length > 0);
    expect(lines.filter((l) => l.startsWith('### ')).map((l) => l.replace(/ \(model: .*\)$/, ''))).toEqual(
      withFindings.map((r) => `### ${r.file}`),
    );
    expect(lines.filter((l) => l === HEADER)).toHaveLength(withFindings.length);
    const rows = lines.filter((l) => l.startsWith('| ') && l !== HEADER);
    const findings = withFindings.flatMap((r) => r.findings);
    expect(rows).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      expect(cells(rows[i]!)).toEqual([`${f.line}:${f.column}`, f.severity, `\`${f.rule}\``, escapeCell(f.message), escapeCell(f.question)]);
    }
    const clean = json.results.length - withFindings.length;
    expect(md.trimEnd().endsWith(`✅ No problems in ${clean} other file${clean === 1 ? '' : 's'}`)).toBe(true);
  });

  it('says so when every file is clean', () => {
    const md = markdown([fileResult('a.yaml', null, []), fileResult('b.yaml', null, [])], context);
    expect(md).toBe('## carechart\n\n✅ No problems in 2 files\n');
  });

  it('escapes cells: no HTML, no broken row, no injected link, no control characters', () => {
    expect(escapeCell('a | b\r\nc <script>alert(1)</script> & d\u0000 [x](http://e) *f* `g` \\|')).toBe(
      'a \\| b c &lt;script&gt;alert(1)&lt;/script&gt; &amp; d \\[x\\](http://e) \\*f\\* \\`g\\` \\\\\\|',
    );
    const md = markdown(hostileResults(), context);
    expect(md).not.toMatch(/<|\u0000|\r/);
    expect(md).toContain('### teams/a,b:c%.yaml (model: wraparound)');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l !== HEADER);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    const error = cells(rows.find((r) => r.includes('single-accountable'))!);
    expect(error[3]).toBe(
      '100% sure: a, b \\| c &lt;script&gt;alert("x")&lt;/script&gt; &amp; \'d\' next line end',
    );
    expect(error[4]).toMatch(/^Who\? 100% sure/);
  });

  it('a finding on a file name with marks in it keeps the heading on one line', () => {
    const md = markdown([fileResult('we|ird\n<b>.yaml', null, [finding()])], context);
    expect(md).toContain('### we\\|ird &lt;b&gt;.yaml\n');
  });
});
