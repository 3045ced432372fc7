import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initials } from '../../src/render/words.js';
import { checkYaml } from '../helpers/check-yaml.js';
import { runCli } from '../helpers/run-cli.js';

/** The bug list of issue 13, one test each: what a family or an advocate saw, and what they see now. */

const tmp = () => mkdtempSync(join(tmpdir(), 'carechart-i13-'));
const TEAM = (members: string, rest = '') => `carechart: 1\nmodel: case-management\nchild:\n  name: Sam R.\nmembers:\n${members}\n${rest}`;
const KAYLA = '  - id: kayla\n    name: Kayla Brooks\n    title: Case Manager\n  - id: ana\n    name: Ana Rivera\n    title: Mother';

describe('issue 13 bugs', () => {
  it('diff never reports a duty as new when the member already held it (an implied responsible is held)', async () => {
    const dir = tmp();
    const members = '  - id: bea\n    name: Bea Cruz\n    title: Case Manager\n  - id: carl\n    name: Carl Ode\n    title: Case Manager';
    writeFileSync(join(dir, 'old.yaml'), TEAM(members, 'responsibilities:\n  service-plan:\n    accountable: bea\n'));
    writeFileSync(join(dir, 'new.yaml'), TEAM(members, 'responsibilities:\n  service-plan:\n    accountable: carl\n    responsible: [bea, carl]\n'));
    const run = await runCli(['diff', 'old.yaml', 'new.yaml', '--today', '2026-11-23'], { cwd: dir });
    expect(run.stdout).not.toMatch(/now does service plan/);
    expect(run.stdout).toMatch(/Bea Cruz\n\s+- no longer answers for service plan/);
    expect(run.stdout).toMatch(/Carl Ode\n\s+\+ now answers for service plan\n(?!\s+\+ now does)/);
  });

  it('diff reports a role and an acts-as change', async () => {
    const dir = tmp();
    const duties = 'responsibilities:\n  service-plan: { accountable: jordan }\n  plan-monitoring: { accountable: jordan }\n  crisis-plan: { accountable: jordan }\n';
    writeFileSync(join(dir, 'old.yaml'), TEAM('  - id: jordan\n    name: Jordan Lee\n    title: Care Coordinator', ''));
    writeFileSync(join(dir, 'new.yaml'), TEAM('  - id: jordan\n    name: Jordan Lee\n    title: Care Coordinator', duties));
    const acts = await runCli(['diff', 'old.yaml', 'new.yaml', '--today', '2026-11-23'], { cwd: dir });
    expect(acts.stdout).toContain('Jordan Lee now acts as case manager (was: care coordinator)');
    writeFileSync(join(dir, 'new.yaml'), TEAM('  - id: jordan\n    name: Jordan Lee\n    title: Care Coordinator\n    role: parent', ''));
    const json = JSON.parse((await runCli(['diff', 'old.yaml', 'new.yaml', '-f', 'json', '--today', '2026-11-23'], { cwd: dir })).stdout);
    expect(json.roles).toEqual([{ id: 'jordan', name: 'Jordan Lee', before: { role: 'care-coordinator', actsAs: 'care-coordinator' }, after: { role: 'parent', actsAs: null } }]);
  });

  it.each([
    ['as-of', 'as-of: next tuesday\n'],
    ['review.last', 'program:\n  review:\n    every: 90 days\n    last: 2026-2-3\n'],
  ])('a bad %s date gives one finding, not two', async (_, line) => {
    for (const engine of ['fast', 'reference'] as const) {
      const check = await checkYaml(`carechart: 1\n${line}child:\n  name: Sam\nmembers:\n  - { id: ana, name: Ana, role: parent }\n`, { engine });
      expect(check.result.findings.filter((f) => f.message.includes('is not a date'))).toHaveLength(1);
    }
  });

  it('a missing colon is named as one', async () => {
    const check = await checkYaml(TEAM('  - id: ana\n    name: Ana Rivera\n    title Mother'));
    const [finding] = check.result.findings;
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 8 });
    expect(finding!.message).toBe('A colon is missing after `title`: write `title: Mother`');
    const scalar = await checkYaml('carechart: 1\nchild:\n  name Sam\nmembers:\n  - { id: ana, name: Ana, role: parent }\n');
    expect(scalar.result.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('a colon is missing after `name`'));
  });

  it('role: mother gets "did you mean parent", and counts as the parent meanwhile', async () => {
    const check = await checkYaml(TEAM('  - id: ana\n    name: Ana Rivera\n    role: mother', 'decisions:\n  service-plan-approval: { decides: ana }\n'));
    const finding = check.result.findings.find((f) => f.rule === 'unknown-id');
    expect(finding?.message).toContain('did you mean "parent"?');
    expect(check.result.facts!.members[0]).toEqual({ id: 'ana', name: 'Ana Rivera', role: 'parent', roleFrom: 'written', actsAs: null });
    expect(check.result.findings.map((f) => f.rule)).not.toContain('family-decision-missing');
  });

  it.each(['Kayla Brooks', 'Kayla', 'Brooks'])('accountable: %s gets "did you mean kayla", and nothing else goes wrong because of it', async (written) => {
    const check = await checkYaml(TEAM(KAYLA, `responsibilities:\n  service-plan:\n    accountable: ${written}\n`));
    const wrong = check.result.findings.filter((f) => f.path === 'responsibilities.service-plan.accountable');
    expect(wrong.map((f) => f.rule)).toEqual(['schema']);
    expect(wrong[0]!.message).toContain('did you mean "kayla"?');
    expect(check.result.findings.map((f) => `${f.rule} ${f.subject}`)).not.toContain('responsibility-unassigned service-plan');
  });

  it('an id with a capital is one finding, not a cascade', async () => {
    const members = KAYLA.replace('id: kayla', 'id: Kayla');
    const rest = 'responsibilities:\n  service-plan: { accountable: Kayla }\n  plan-monitoring: { accountable: kayla }\n';
    const check = await checkYaml(TEAM(members, rest));
    const byKayla = check.result.findings.filter((f) => ['schema', 'unknown-member'].includes(f.rule));
    expect(byKayla.map((f) => f.path)).toEqual(['members.0.id', 'responsibilities.service-plan.accountable']);
    expect(check.result.facts!.members[0]).toMatchObject({ id: 'kayla', role: 'case-manager' });
  });

  it('the init placeholders are placeholder-left errors, and render refuses to print them', async () => {
    const dir = tmp();
    await runCli(['init', 'team.yaml'], { cwd: dir });
    const check = JSON.parse((await runCli(['check', 'team.yaml', '-f', 'json', '--today', '2026-11-23'], { cwd: dir })).stdout);
    const left = check.results[0].findings.filter((f: { rule: string }) => f.rule === 'placeholder-left');
    expect(left.map((f: { path: string; severity: string }) => [f.path, f.severity])).toEqual([
      ['child.name', 'error'],
      ['program.name', 'error'],
      ['members.0.name', 'error'],
    ]);
    const render = await runCli(['render', 'team.yaml', '-f', 'md', '-o', 'chart.md', '--today', '2026-11-23'], { cwd: dir });
    expect(render.status).toBe(1);
    expect(render.stderr).toContain('the example text from the starter file');
    expect(() => readFileSync(join(dir, 'chart.md'))).toThrow();
  });

  it('the chart shows no field path to a parent', async () => {
    const run = await runCli(['render', 'examples/rivera-enrollment.yaml', '-f', 'md', '-o', '-', '--today', '2026-11-23']);
    expect(run.stdout).not.toMatch(/\((?:program|members|responsibilities|decisions|child)\.[a-z.-]+\)/);
    expect(run.stdout).toContain('The file does not say how often the plan is reviewed');
  });

  it("explain's output begins with the rule, not a generated-file comment", async () => {
    const run = await runCli(['explain', 'crisis-backup-missing']);
    expect(run.stdout.startsWith('# `crisis-backup-missing`')).toBe(true);
    expect(run.stdout).not.toContain('Generated by');
  });

  it('two names accountable are "both", three are "all"', async () => {
    const members = `${KAYLA}\n  - id: luis\n    name: Luis Rivera\n    title: Father`;
    const two = await checkYaml(TEAM(members, 'responsibilities:\n  service-plan: { accountable: [kayla, ana] }\n  crisis-plan: { accountable: [kayla, ana, luis] }\n'));
    const messages = two.result.findings.filter((f) => f.rule === 'single-accountable').map((f) => f.message);
    expect(messages[0]).toMatch(/^Kayla Brooks and Ana Rivera are both named accountable/);
    expect(messages[1]).toMatch(/^Kayla Brooks, Ana Rivera and Luis Rivera are all named accountable/);
  });

  it('--redact leaves out Spanish titles of address', () => {
    expect(initials('Sra. Rosa Delgado')).toBe('R. D.');
    expect(initials('Dra. Elena Ruiz')).toBe('E. R.');
    expect(initials('Doña Carmen Ortiz')).toBe('C. O.');
    expect(initials('Don Smith')).toBe('D. S.'); // "Don" is also an English first name
  });

  it('schema and syntax findings ask the reader, not "the person who keeps this file" (that is the parent)', async () => {
    const schema = await checkYaml(TEAM('  - id: ana\n    name: Ana Rivera\n    tittle: Mother'));
    const syntax = await checkYaml(TEAM('  - id: ana\n    name: [Ana'));
    for (const f of [...schema.result.findings, ...syntax.result.findings]) expect(f.question).not.toMatch(/person who keeps/);
  });
});
