import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { randomTeams } from './generate-teams.js';

const TODAY = '2026-11-23';

/** RFC 4180, enough for the audit's CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('audit formats', () => {
  it('csv: one row per (team, rule) and one per (team, duty), agreeing with check -f json', async () => {
    const dir = randomTeams(25, 5);
    const report = JSON.parse((await runCli(['check', '.', '-f', 'json', '--today', TODAY], { cwd: dir })).stdout);
    const run = await runCli(['audit', '.', '-f', 'csv', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(['file', 'model', 'program', 'organization', 'row', 'id', 'severity', 'findings', 'holder', 'holder_role']);
    for (const r of report.results) {
      const mine = rows.filter((row) => row[0] === r.file);
      const findings = mine.filter((row) => row[4] === 'finding');
      expect(findings.map((row) => row[5]).sort()).toEqual([...new Set(r.findings.map((f: { rule: string }) => f.rule))].sort());
      expect(findings.reduce((n, row) => n + Number(row[7]), 0)).toBe(r.findings.length);
      expect(mine.filter((row) => row[4] !== 'finding').map((row) => row[5])).toEqual(r.duties.map((d: { id: string }) => d.id));
    }
    // The duty rows add up to the JSON audit's holders.
    const audit = JSON.parse((await runCli(['audit', '.', '-f', 'json', '--today', TODAY], { cwd: dir })).stdout);
    for (const d of audit.duties) {
      for (const [holder, n] of Object.entries(d.holders)) expect(rows.filter((row) => row[5] === d.id && row[8] === holder).length).toBe(n);
    }
  });

  it('md: fits a GitHub job summary however many files (lists are cut short, counts are not)', async () => {
    const dir = randomTeams(150, 11);
    const run = await runCli(['audit', '.', '--today', TODAY, '--by', 'organization'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(1 << 20);
    expect(run.stdout).toMatch(/and \d+ more/);
    expect(run.stdout).toMatch(/^# Program audit: 150 teams$/m);
  });

  it('md and json never load handlebars or puppeteer', async () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'carechart-trace-')), 'imports.txt');
    const hook = join(process.cwd(), 'test', 'helpers', 'trace-imports.mjs');
    for (const format of ['md', 'json', 'csv']) {
      await promisify(execFile)(process.execPath, ['--import', hook, 'bin/carechart.js', 'audit', 'examples/program', '-f', format], {
        env: { ...process.env, TRACE_IMPORTS_FILE: trace },
      });
    }
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toMatch(/\/dist\/carechart\.cjs$/m);
    expect(loaded).not.toMatch(/handlebars|puppeteer/);
  });
});
