import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { randomTeams } from './generate-teams.js';
import { auditNumbers, countByHand } from './independent-count.js';

const TODAY = '2026-11-23';

async function json(args: string[], cwd?: string) {
  const run = await runCli([...args, '--today', TODAY], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

const sortedRules = (rules: Record<string, string[]>) => Object.fromEntries(Object.entries(rules).map(([k, v]) => [k, [...v].sort()]).sort());

/** Every count of the audit equals what the plain script finds in `check -f json` over the same files. */
async function expectExact(paths: string[], cwd?: string) {
  const report = await json(['check', ...paths, '-f', 'json'], cwd);
  const audit = await json(['audit', ...paths, '-f', 'json'], cwd);
  const byHand = countByHand(report);
  const numbers = auditNumbers(audit);
  expect({ ...numbers, rules: sortedRules(numbers.rules) }).toEqual({ ...byHand, rules: sortedRules(byHand.rules) });
  for (const r of audit.rules) expect(r.teams).toBe(r.files.length);
  expect(audit.rules.map((r: { teams: number }) => r.teams)).toEqual([...audit.rules.map((r: { teams: number }) => r.teams)].sort((a, b) => b - a));
  // Each duty's holders add up to the teams that were read.
  const read = report.results.filter((r: { lead: unknown }) => r.lead).length;
  for (const d of audit.duties) expect(Object.values(d.holders as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(read);
  return { report, audit };
}

describe('audit numbers are exact', () => {
  it('on examples/program', async () => {
    const { audit } = await expectExact(['examples/program']);
    expect(audit.version).toBe(1);
    expect(audit.teams.total).toBe(13);
    // The fictional program as written: families carry coordination in some teams.
    expect(audit.lead.leftToFamily).toBeGreaterThan(0);
    expect(Object.keys(audit.teams.byModel).sort()).toEqual(['case-management', 'wraparound']);
  });

  it.each([1, 2, 3])('on a generated folder (seed %i)', async (seed) => {
    const dir = randomTeams(40, seed);
    const { audit } = await expectExact(['.'], dir);
    expect(audit.teams.total).toBe(40);
  });

  it('merging shard reports gives the audit of the team files', async () => {
    const dir = randomTeams(30, 7);
    const parts: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const run = await runCli(['check', '.', '--shard', `${k}/4`, '-f', 'json', '-o', `part-${k}.json`, '--today', TODAY], { cwd: dir });
      expect([0, 1]).toContain(run.status);
      parts.push(`part-${k}.json`);
    }
    const merged = await json(['audit', ...parts, '-f', 'json'], dir);
    // A quoted glob (no shell to expand it) reads the same reports.
    expect(await json(['audit', 'part-*.json', '-f', 'json'], dir)).toEqual(merged);
    const direct = await json(['audit', '.', '-f', 'json'], dir);
    expect(merged).toEqual(direct);
    const byOrg = await json(['audit', ...parts, '-f', 'json', '--by', 'organization'], dir);
    expect(byOrg.groups.reduce((n: number, g: { teams: { total: number } }) => n + g.teams.total, 0)).toBe(30);
    expect(byOrg).toEqual(await json(['audit', '.', '-f', 'json', '--by', 'organization'], dir));
  });

  it('counts each group as the audit of its own files', async () => {
    const audit = await json(['audit', 'examples/program', '-f', 'json', '--by', 'program']);
    expect(audit.groups.map((g: { name: string }) => g.name).sort()).toEqual([
      "Lakeshore Children's Services: Autism Case Management",
      "Lakeshore Children's Services: Wraparound",
    ]);
    const report = await json(['check', 'examples/program', '-f', 'json']);
    for (const group of audit.groups) {
      const files = report.results.filter((r: { program: { name: string } }) => r.program.name === group.name).map((r: { file: string }) => r.file);
      expect(files.length).toBe(group.teams.total);
      const alone = await json(['audit', ...files, '-f', 'json']);
      expect(alone.rules).toEqual(group.rules);
      expect(alone.duties).toEqual(group.duties);
    }
  });
});

describe('audit inputs', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'carechart-audit-'));

  it('refuses a report of another version with one line and exit 2', async () => {
    const d = dir();
    writeFileSync(join(d, 'old.json'), JSON.stringify({ version: 2, results: [] }));
    const run = await runCli(['audit', 'old.json'], { cwd: d });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/version 2/);
    expect(run.stdout).toBe('');
  });

  it('refuses reports without the team details, broken JSON and a file counted twice', async () => {
    const d = dir();
    const report = await json(['check', 'examples/program/kim.yaml', '-f', 'json']);
    writeFileSync(join(d, 'a.json'), JSON.stringify(report));
    writeFileSync(join(d, 'b.json'), JSON.stringify(report));
    const { members: _m, duties: _d, ...older } = report.results[0];
    writeFileSync(join(d, 'older.json'), JSON.stringify({ ...report, results: [older] }));
    writeFileSync(join(d, 'broken.json'), '{"version": 1, "results": [');
    for (const args of [['older.json'], ['broken.json'], ['a.json', 'b.json'], ['nope.json']]) {
      const run = await runCli(['audit', ...args], { cwd: d });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*:\d+/);
    }
  });

  it('exits 0 whatever it finds, and never writes onto an input', async () => {
    const run = await runCli(['audit', 'examples/program', '--today', TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Program audit: 13 teams/);
    const d = dir();
    const team = join(d, 'team.yaml');
    writeFileSync(team, readFileSync('examples/program/kim.yaml'));
    const refused = await runCli(['audit', 'team.yaml', '-o', 'team.yaml'], { cwd: d });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('carechart: Refusing to write onto team.yaml: it is one of the input files\n');
    expect(readFileSync(team, 'utf8')).toBe(readFileSync('examples/program/kim.yaml', 'utf8'));
    const unwritable = await runCli(['audit', 'team.yaml', '-o', 'nodir/audit.md'], { cwd: d });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toBe('carechart: cannot write nodir/audit.md: the folder it goes in does not exist\n');
  });
});
