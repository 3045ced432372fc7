import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tree } from '../helpers/tree.js';

const TODAY = ['--today', '2026-11-23'];
const CLEAN = readFileSync('examples/rivera-after-questions.yaml', 'utf8');
const GAPS = readFileSync('examples/rivera-enrollment.yaml', 'utf8');


describe('carechart check', () => {
  it('prints the JSON report of cli.md', async () => {
    const run = await runCli(['check', 'examples/rivera-enrollment.yaml', '--format', 'json', ...TODAY]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'results', 'errorCount', 'warningCount', 'infoCount']);
    const [result] = report.results;
    expect(Object.keys(result)).toEqual(['file', 'model', 'errorCount', 'warningCount', 'infoCount', 'findings', 'members', 'duties', 'program', 'lead']);
    expect(result.file).toBe('examples/rivera-enrollment.yaml');
    expect(result.model).toBe('case-management');
    expect(Object.keys(result.findings[0])).toEqual([
      'rule', 'severity', 'message', 'question', 'subject', 'path', 'line', 'column', 'endLine', 'endColumn',
    ]);
    expect(report.errorCount).toBe(result.errorCount);
    expect(result.errorCount).toBe(result.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('prints stylish output with line:col, severity, message, rule and a summary', async () => {
    const run = await runCli(['check', 'examples/rivera-enrollment.yaml', ...TODAY]);
    expect(run.stdout).toMatch(/^examples\/rivera-enrollment\.yaml/);
    expect(run.stdout).toMatch(/\n {2}\d+:\d+ +error +Nobody is accountable for the crisis plan.* responsibility-unassigned\n/);
    expect(run.stdout).toMatch(/Ask: Who will write our child's crisis plan/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ info\) in 1 file\n$/);
    expect(run.stdout).not.toContain('\u001b['); // no colors when not a TTY
  });

  it('exits 0 and says so for a clean team', async () => {
    const run = await runCli(['check', 'examples/rivera-after-questions.yaml', ...TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('--quiet reports errors only', async () => {
    const run = await runCli(['check', 'examples/rivera-enrollment.yaml', '--quiet', '--format', 'json', ...TODAY]);
    const severities = JSON.parse(run.stdout).results[0].findings.map((f: { severity: string }) => f.severity);
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('--max-warnings fails a run whose warnings exceed it', async () => {
    const dir = tree({ 'team.yaml': CLEAN.replace(/\n {4}updates: \{[^}]*\}/, '') });
    const loose = await runCli(['check', '.', ...TODAY], { cwd: dir });
    expect(loose.status).toBe(0);
    expect(loose.stdout).toMatch(/warning/);
    expect((await runCli(['check', '.', '--max-warnings', '0', ...TODAY], { cwd: dir })).status).toBe(1);
    expect((await runCli(['check', '.', '--max-warnings', '5', ...TODAY], { cwd: dir })).status).toBe(0);
  });

  it('--model overrides the file\'s model', async () => {
    const run = await runCli(['check', 'examples/rivera-after-questions.yaml', '--model', 'wraparound', '--format', 'json', ...TODAY]);
    expect(JSON.parse(run.stdout).results[0].model).toBe('wraparound');
  });

  it('walks folders: team files only, not node_modules, not .gitignored paths', async () => {
    const dir = tree({
      'teams/a.yaml': CLEAN,
      'teams/nested/b.yml': CLEAN,
      'teams/other.yaml': 'name: not a team file\n',
      'node_modules/x/team.yaml': CLEAN,
      'drafts/c.yaml': CLEAN,
      '.gitignore': 'drafts/\n',
    });
    const run = await runCli(['check', '--format', 'json', ...TODAY], { cwd: dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['teams/a.yaml', 'teams/nested/b.yml']);
  });

  it('expands globs', async () => {
    const dir = tree({ 'teams/a.yaml': CLEAN, 'teams/b.yaml': GAPS, 'x.yaml': CLEAN });
    const run = await runCli(['check', 'teams/*.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['teams/a.yaml', 'teams/b.yaml']);
  });

  it('writes the report atomically with -o and prints nothing', async () => {
    const dir = tree({ 'team.yaml': CLEAN });
    const run = await runCli(['check', 'team.yaml', '-f', 'json', '-o', 'out/../report.json', ...TODAY], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).version).toBe(1);
  });

  it('refuses to write the report onto an input file', async () => {
    const dir = tree({ 'team.yaml': CLEAN });
    const run = await runCli(['check', 'team.yaml', '-o', 'team.yaml', ...TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('carechart: Refusing to write onto team.yaml: it is one of the input files\n');
    expect(readFileSync(join(dir, 'team.yaml'), 'utf8')).toBe(CLEAN);
  });

  it.each([
    [['check', 'nope.yaml'], /nope\.yaml does not exist/],
    [['check', 'empty'], /No team file found/],
    [['check', '--today', '2026-02-30', 'team.yaml'], /YYYY-MM-DD/],
    [['check', '--max-warnings', 'many', 'team.yaml'], /whole number/],
    [['check', '--bogus', 'team.yaml'], /unknown option/],
    [['check', '--config', 'missing.yaml', 'team.yaml'], /does not exist/],
    [['check', '--model', 'wrap-around', 'team.yaml'], /did you mean "wraparound"/],
  ])('exits 2 for a failure of the run itself: %j', async (args, message) => {
    const dir = tree({ 'team.yaml': CLEAN, 'empty/readme.txt': 'x' });
    const run = await runCli(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an invalid model file, with its findings located', async () => {
    const dir = tree({ 'team.yaml': CLEAN, 'model.yaml': 'carechart-model: 1\nid: mine\nlabel: Mine\nroles: []\nresponsibilities: 3\n' });
    const run = await runCli(['check', 'team.yaml', '--model', './model.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/model\.yaml:5:19 +error/);
  });

  it('reports a team file\'s unknown model as a finding on that file (exit 1)', async () => {
    const dir = tree({ 'team.yaml': CLEAN.replace('model: case-management', 'model: case-managment') });
    const run = await runCli(['check', 'team.yaml', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const [finding] = JSON.parse(run.stdout).results[0].findings;
    expect(finding.message).toMatch(/did you mean "case-management"/);
  });

  it('keeps going past a broken file: each file gets its own answer', async () => {
    const dir = tree({ 'a.yaml': 'carechart: 1\nchild: [\n', 'b.yaml': CLEAN });
    const run = await runCli(['check', '.', '--format', 'json', ...TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).results;
    expect(results.map((r: { errorCount: number }) => r.errorCount)).toEqual([1, 0]);
    expect(results[0].findings[0].rule).toBe('yaml-syntax');
  });

  it('shows progress over many files on a terminal, and nothing when stderr is piped', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) files[`teams/t${i}.yaml`] = CLEAN;
    const dir = tree(files);
    const tty = await runCli(['check', 'teams', ...TODAY], { cwd: dir, stderrIsTTY: true });
    expect(tty.status).toBe(0);
    expect(tty.stderr).toMatch(/\r\u001b\[KChecking team files: 24 of 25 done \(teams\/t\d+\.yaml\)/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(tty.stdout).toBe('✔ 25 files checked, no problems\n');
    const piped = await runCli(['check', 'teams', ...TODAY], { cwd: dir });
    expect(piped.stderr).toBe('');
  });
});
