import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The two examples of issue 13: roles read from Spanish titles, and peer partners who never decide for the family. */

const check = async (...args: string[]) => JSON.parse((await runCli(['check', ...args, '-f', 'json', '--today', '2026-11-23'])).stdout);

describe('examples/garcia-familia.yaml: a family that writes its titles in Spanish', () => {
  it('is clean, every role read from its title, Rosa (Mamá) the parent who approves the plan', async () => {
    const [result] = (await check('examples/garcia-familia.yaml')).results;
    expect(result.findings).toEqual([]);
    expect(result.members.every((m: { roleFrom: string }) => m.roleFrom === 'title')).toBe(true);
    const roles = Object.fromEntries(result.members.map((m: { id: string; role: string }) => [m.id, m.role]));
    expect(roles).toMatchObject({ rosa: 'parent', miguel: 'parent', carmen: 'natural-support', lucia: 'natural-support', marisol: 'family-advocate', elena: 'case-manager', pablo: 'care-coordinator', 'sra-lim': 'school' });
  });

  it('its chart shows each role in words beside the title', async () => {
    const run = await runCli(['render', 'examples/garcia-familia.yaml', '-f', 'md', '-o', '-', '--today', '2026-11-23']);
    expect(run.stdout).toContain('| Mamá · role: parent |');
    expect(run.stdout).toContain('| Administradora de casos · role: case manager |');
    const html = await runCli(['render', 'examples/garcia-familia.yaml', '-f', 'html', '-o', '-', '--today', '2026-11-23']);
    expect(html.stdout).toContain('Title: Tía<br><span class="role">Role: natural support</span>');
  });
});

describe('examples/wraparound-peer-partner.yaml: paid peer partners on the family\'s side', () => {
  it('gives the one verdict the seeds give: no parent or youth approves the plan', async () => {
    const [result] = (await check('examples/wraparound-peer-partner.yaml')).results;
    expect(result.findings.map((f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`)).toEqual(['family-decision-missing service-plan-approval']);
    const byId = Object.fromEntries(result.members.map((m: { id: string }) => [m.id, m]));
    expect(byId.tasha).toEqual({ id: 'tasha', name: 'Tasha Green', role: 'family-advocate', roleFrom: 'title', actsAs: null });
    expect(byId.devon.role).toBe('youth-partner');
    expect(byId['pastor-lee'].role).toBe('natural-support');
    expect(byId.gal).toMatchObject({ role: 'legal', actsAs: 'legal' });
    expect(byId.brian.role).toBe('case-manager');
  });
});

describe('members in the JSON report', () => {
  it('are the same whether the report is streamed to stdout or written with -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-members-'));
    const streamed = await runCli(['check', 'examples', '-f', 'json', '--today', '2026-11-23']);
    await runCli(['check', 'examples', '-f', 'json', '-o', join(dir, 'report.json'), '--today', '2026-11-23']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(streamed.stdout);
    const report = JSON.parse(streamed.stdout);
    for (const result of report.results) {
      expect(result.members.length).toBeGreaterThan(0);
      for (const m of result.members) expect(Object.keys(m)).toEqual(['id', 'name', 'role', 'roleFrom', 'actsAs']);
    }
  });

  it('are an empty list for a file that cannot be read as a team', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-members-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'carechart: 1\nchild: [\n');
    const report = JSON.parse((await runCli(['check', file, '-f', 'json'])).stdout);
    expect(report.results[0].members).toEqual([]);
  });
});
