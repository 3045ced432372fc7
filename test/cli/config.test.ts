import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tree } from '../helpers/tree.js';

const CLEAN = readFileSync('examples/rivera-after-questions.yaml', 'utf8');
const NO_MODEL = CLEAN.replace(/^model: .*\n/m, '');


async function check(dir: string, args: string[] = []) {
  const run = await runCli(['check', '.', '--format', 'json', '--today', '2026-11-23', ...args], { cwd: dir });
  return { ...run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
}

describe('.carechart.yaml', () => {
  it('sets the model of team files that do not name one, and only those', async () => {
    const dir = tree({ '.carechart.yaml': 'model: wraparound\n', 'a/team.yaml': NO_MODEL, 'b/team.yaml': CLEAN });
    const { report } = await check(dir);
    expect(report.results.map((r: { model: string }) => r.model)).toEqual(['wraparound', 'case-management']);
  });

  it('is found upward from each team file; the nearest wins', async () => {
    const dir = tree({
      '.carechart.yaml': 'model: wraparound\n',
      'a/team.yaml': NO_MODEL,
      'b/.carechart.yaml': 'model: case-management\n',
      'b/team.yaml': NO_MODEL,
    });
    const { report } = await check(dir);
    expect(report.results.map((r: { model: string }) => r.model)).toEqual(['wraparound', 'case-management']);
  });

  it('changes rule severities, and turns rules off', async () => {
    const team = CLEAN.replace('role: family-advocate', 'role: natural-support');
    const dir = tree({ 'team.yaml': team });
    const before = await check(dir);
    expect(before.report.results[0].findings.map((f: { rule: string }) => f.rule)).toContain('family-advocate-missing');
    writeFileSync(join(dir, '.carechart.yaml'), 'rules:\n  family-advocate-missing: error\n');
    const strict = await check(dir);
    expect(strict.status).toBe(1);
    const finding = strict.report.results[0].findings.find((f: { rule: string }) => f.rule === 'family-advocate-missing');
    expect(finding.severity).toBe('error');
    writeFileSync(join(dir, '.carechart.yaml'), 'rules:\n  family-advocate-missing: off\n');
    const off = await check(dir);
    expect(off.report.results[0].findings.map((f: { rule: string }) => f.rule)).not.toContain('family-advocate-missing');
  });

  it('changes model settings: a shorter longest review', async () => {
    const dir = tree({ 'team.yaml': CLEAN, '.carechart.yaml': 'settings:\n  longest-review: 30 days\n' });
    const { report } = await check(dir);
    const finding = report.results[0].findings.find((f: { rule: string }) => f.rule === 'review-cadence-too-long');
    expect(finding?.message).toMatch(/at least every 30 days/);
  });

  it('--config replaces the nearest config', async () => {
    const dir = tree({ '.carechart.yaml': 'model: wraparound\n', 'team.yaml': NO_MODEL, 'other.yaml': 'rules: {}\n' });
    const { report } = await check(dir, ['--config', 'other.yaml']);
    expect(report.results[0].model).toBe('case-management');
  });

  it('a bad config is a failure of the run (exit 2) with located findings', async () => {
    const dir = tree({ 'team.yaml': CLEAN, '.carechart.yaml': 'rules:\n  natural-support-missing: off\n  schema: loud\n' });
    const run = await check(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.carechart\.yaml:2:3 +error +"natural-support-missing" is not a rule; did you mean "natural-supports-missing"\?/);
    expect(run.stderr).toMatch(/\.carechart\.yaml:3:11 +error/);
  });
});
