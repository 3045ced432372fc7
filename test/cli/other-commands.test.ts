import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/analyze/rule-registry.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'carechart-cmd-'));

describe('carechart init', () => {
  it.each(['case-management', 'wraparound'])('writes a starter file that passes check apart from the gaps and the example text it leaves (%s)', async (model) => {
    const dir = tmp();
    const run = await runCli(['init', 'team.yaml', '--model', model], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'team.yaml'), 'utf8');
    expect(text).toMatch(/^# /); // commented
    expect(text).toContain(`model: ${model}`);
    const check = await runCli(['check', 'team.yaml', '--format', 'json', '--today', '2026-11-23'], { cwd: dir });
    const rules = new Set(JSON.parse(check.stdout).results[0].findings.map((f: { rule: string }) => f.rule));
    for (const blocking of ['yaml-syntax', 'schema', 'unknown-member', 'unknown-id', 'duplicate-member']) expect(rules).not.toContain(blocking);
    expect(rules).toContain('responsibility-unassigned');
    expect(rules).toContain('review-cadence-missing');
    expect(rules).toContain('placeholder-left');
  });

  it('refuses to overwrite without --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'team.yaml'), 'mine\n');
    const run = await runCli(['init'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/already exists; use --force/);
    expect(readFileSync(join(dir, 'team.yaml'), 'utf8')).toBe('mine\n');
    expect((await runCli(['init', '--force'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'team.yaml'), 'utf8')).toMatch(/carechart: 1/);
  });
});

describe('carechart explain', () => {
  it.each(RULES.map((r) => r.id))('explains the rule %s', async (id) => {
    const run = await runCli(['explain', id]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`# \`${id}\``);
    expect(run.stdout).toMatch(/## Why/);
    expect(run.stdout).toMatch(/## Fails\n\n```yaml/);
  });

  it('explains every responsibility, decision and role of both models, with sources', async () => {
    const ids = new Set<string>();
    for (const name of ['case-management', 'wraparound']) {
      const model = parse(readFileSync(`models/${name}.yaml`, 'utf8')) as Record<'roles' | 'responsibilities' | 'decisions', { id: string }[]>;
      for (const item of [...model.roles, ...model.responsibilities, ...model.decisions]) ids.add(item.id);
    }
    const kinds = new Set<string>();
    for (const id of ids) {
      const run = await runCli(['explain', id]);
      expect(run.status, id).toBe(0);
      expect(run.stdout, id).toMatch(new RegExp(`^# .*\\(\`${id}\`, a (responsibility|decision|role)\\)`));
      kinds.add(/, a (\w+)\)/.exec(run.stdout)![1]!);
      expect(run.stdout, id).toMatch(/In the case management model/);
      expect(run.stdout, id).toMatch(/In the wraparound model/);
      expect(run.stdout, id).toMatch(/Source: /);
    }
    expect(kinds).toEqual(new Set(['responsibility', 'decision', 'role']));
  });

  it('shows how the models disagree on the crisis plan', async () => {
    const run = await runCli(['explain', 'crisis-plan']);
    const [cm, wrap] = run.stdout.split('## In the wraparound model');
    expect(cm).toMatch(/Expected to answer for it:\*\* case manager/);
    expect(cm).toMatch(/Should not own it:\*\* care coordinator/);
    expect(wrap).toMatch(/Expected to answer for it:\*\* care coordinator/);
    expect(wrap).toMatch(/Should not own it:\*\* case manager/);
  });

  it('suggests the nearest id for an unknown one, exit 2', async () => {
    const run = await runCli(['explain', 'crisis-pln']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/did you mean "crisis-plan"/);
  });
});

describe('carechart models', () => {
  it('lists the built-in models', async () => {
    const run = await runCli(['models']);
    expect(run.stdout).toMatch(/^case-management +Case management: lead role case-manager/m);
    expect(run.stdout).toMatch(/^wraparound +Wraparound: lead role care-coordinator/m);
  });

  it('shows a model as the side-by-side table of what each role does, as Markdown', async () => {
    const run = await runCli(['models', 'show', 'wraparound', '--format', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\| {2}\| case manager \| care coordinator \|$/m);
    expect(run.stdout).toMatch(/^\| crisis \| Crisis plan \| crisis-plan \| required \|.*\| not \| expected \|/m);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBeGreaterThan(24 + 7);
  });

  it('exits 2 for an unknown model', async () => {
    const run = await runCli(['models', 'show', 'wrap']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/did you mean "wraparound"/);
  });
});

describe('carechart diff', () => {
  const base = readFileSync('examples/rivera-after-questions.yaml', 'utf8');

  it('says who joined and left, who gained and lost what, which gaps opened and closed', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.yaml'), base);
    // Plan review: the grandmother leaves, and the crisis plan moves to the care coordinator.
    const after = base
      .replace(/\n {2}- id: rosa[\s\S]*?(?=\n {2}- id: |\nresponsibilities:)/, '')
      .replace(/, rosa\b|\brosa, /g, '')
      .replace(/(crisis-plan:\n {4}accountable: )\S+/, '$1jordan');
    writeFileSync(join(dir, 'new.yaml'), after);
    const run = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--today', '2026-11-23'], { cwd: dir });
    const diff = JSON.parse(run.stdout);
    expect(diff.left.map((m: { id: string }) => m.id)).toEqual(['rosa']);
    expect(diff.joined).toEqual([]);
    const jordan = diff.responsibilities.find((c: { id: string }) => c.id === 'jordan');
    expect(jordan.gained).toContainEqual({ id: 'crisis-plan', part: 'accountable' });
    const opened = diff.gapsOpened.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`);
    expect(opened).toContain('role-scope crisis-plan');
    expect(opened).toContain('natural-supports-missing natural-support');
    expect(run.status).toBe(1); // a warning opened
  });

  it('exits 0 and says so when nothing changed', async () => {
    const run = await runCli(['diff', 'examples/csa-wraparound-clean.yaml', 'examples/csa-wraparound-clean.yaml', '--today', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/No changes/);
  });

  it('prints the gaps closed between the two Rivera examples', async () => {
    const run = await runCli(['diff', 'examples/rivera-enrollment.yaml', 'examples/rivera-after-questions.yaml', '--today', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Gaps closed \(\d+\)\n.*✔ /);
    expect(run.stdout).toMatch(/\+ Priya Natarajan \(Case Manager\) joined/);
  });

  it('exits 1 and prints the blocking errors when a version cannot be read as a team', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.yaml'), base);
    writeFileSync(join(dir, 'new.yaml'), base.replace('accountable: priya', 'accountable: priyaa'));
    const run = await runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/new\.yaml[\s\S]*No member has the id "priyaa"; did you mean "priya"\?/);
    expect(run.stderr).toMatch(/1 problem \(1 error, 0 warnings, 0 info\)/);
  });
});
