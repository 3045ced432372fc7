import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTeamFile } from '../../src/pipeline/check-team-file.js';
import { checkYaml } from '../helpers/check-yaml.js';

/** A case-management team where nobody holds an advocacy duty: what situations change. */
function team(child: string, extra = ''): string {
  return `carechart: 1
model: case-management
child:
${child}
members:
  - id: ana
    name: Ana Rivera
    title: Mother
    role: parent
    contact: { phone: "555-0100" }
  - id: jordan
    name: Jordan Lee
    title: Case Manager
    contact: { email: jordan@example.org }
responsibilities:
  crisis-response: { accountable: jordan, backup: ana }
${extra}`;
}

async function findings(text: string) {
  const check = await checkYaml(text);
  expect(check.runError).toBeUndefined();
  return check.result.findings;
}

describe('child.situations', () => {
  it('raises a recommended duty to required, and the finding says why', async () => {
    const before = (await findings(team('  name: Sam'))).find((f) => f.subject === 'insurance-advocacy');
    expect(before).toMatchObject({ rule: 'responsibility-unassigned', severity: 'warning' });
    const after = (await findings(team('  name: Sam\n  situations: [insurance-denial]'))).find((f) => f.subject === 'insurance-advocacy');
    expect(after).toMatchObject({ rule: 'responsibility-unassigned', severity: 'error' });
    expect(after!.message).toContain('required because of the insurance denial');
    expect(after!.question).toMatch(/appeal/);
  });

  it('raises an optional duty (nothing reported before) and names every situation that raised it', async () => {
    const none = await findings(team('  name: Sam'));
    expect(none.some((f) => f.subject === 'placement-visits' || f.subject === 'behavior-plan')).toBe(false);
    const raised = await findings(team('  name: Sam\n  situations: [residential-placement, recent-crisis, school-transition]'));
    const bySubject = (id: string) => raised.find((f) => f.rule === 'responsibility-unassigned' && f.subject === id);
    expect(bySubject('placement-visits')!.message).toContain('because of the residential placement');
    expect(bySubject('behavior-plan')!.message).toContain('because of the recent crisis');
    for (const id of ['transition-plan', 'school-advocacy']) expect(bySubject(id)).toMatchObject({ severity: 'error' });
  });

  it('accepts a single id as well as a list', async () => {
    const raised = await findings(team('  name: Sam\n  situations: service-gap'));
    expect(raised.find((f) => f.subject === 'service-navigation')).toMatchObject({ severity: 'error' });
  });

  it('an unknown situation is unknown-id at the item, with the nearest id', async () => {
    const text = team('  name: Sam\n  situations: [insurance-denial, residental-placement]');
    const unknown = (await findings(text)).filter((f) => f.rule === 'unknown-id');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ subject: 'residental-placement', path: 'child.situations.1', line: 5 });
    expect(unknown[0]!.message).toContain('did you mean "residential-placement"');
  });
});

describe('crisis-contact-unreachable', () => {
  it('is a warning without a recent crisis, an error with one', async () => {
    const of = async (child: string) => (await findings(team(child))).filter((f) => f.rule === 'crisis-contact-unreachable');
    expect((await of('  name: Sam')).map((f) => [f.subject, f.severity])).toEqual([['jordan', 'warning']]);
    expect((await of('  name: Sam\n  situations: [recent-crisis]')).map((f) => [f.subject, f.severity])).toEqual([['jordan', 'error']]);
  });
});

describe('adult-decisions and youth-voice-missing', () => {
  const decision = (age: number, rights: string) =>
    team(`  name: Leo\n  age: ${age}`, `decisions:\n  service-plan-approval: ${rights}\n`).replace(
      'members:\n',
      'members:\n  - { id: leo, name: Leo Rivera, role: youth, contact: { phone: "555-0105" } }\n',
    );
  const rules = async (text: string) => (await findings(text)).map((f) => f.rule).filter((r) => r === 'adult-decisions' || r === 'youth-voice-missing');

  it('a teenager whose parent decides alone gets the teenager\'s question', async () => {
    expect(await rules(decision(15, '{ decides: ana }'))).toEqual(['youth-voice-missing']);
  });

  it('at 19 the same file gets the adult\'s question, once', async () => {
    expect(await rules(decision(19, '{ decides: ana }'))).toEqual(['adult-decisions']);
    expect(await rules(decision(19, '{ decides: ana, input: [leo] }'))).toEqual(['adult-decisions']);
  });

  it('is silent when the young adult decides or agrees', async () => {
    expect(await rules(decision(19, '{ decides: ana, agree: [leo] }'))).toEqual([]);
    expect(await rules(decision(18, '{ decides: leo }'))).toEqual([]);
  });
});

describe('a custom model brings its own situations', () => {
  const builtIn = readFileSync('models/case-management.yaml', 'utf8');
  const withSituation = (raises: string) =>
    `${builtIn.replace(/^id: case-management$/m, 'id: county-model')}
  - id: foster-move
    label: Foster move
    description: the child is moving to a new foster home
    because-of: the move to a new foster home
    raises: [${raises}]
`;

  async function checkWith(model: string, situations: string) {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-situation-'));
    writeFileSync(join(dir, 'county.yaml'), model);
    writeFileSync(join(dir, 'team.yaml'), team(`  name: Sam\n  situations: [${situations}]`).replace('model: case-management', 'model: county.yaml'));
    return checkTeamFile(join(dir, 'team.yaml'), 'team.yaml', { today: '2026-11-23', cwd: dir });
  }

  it('raises what the model says, and says why', async () => {
    const check = await checkWith(withSituation('placement-visits, records-and-consent'), 'foster-move');
    const raised = check.result.findings.filter((f) => f.message.includes('because of the move to a new foster home'));
    expect(raised.map((f) => [f.subject, f.severity])).toEqual([
      ['records-and-consent', 'error'],
      ['placement-visits', 'error'],
    ]);
  });

  it('a situation that raises a duty the model does not have is a finding in the model file', async () => {
    const check = await checkWith(withSituation('placement-visit'), 'foster-move');
    expect(check.runError?.file).toMatch(/county\.yaml$/);
    expect(check.runError?.findings.map((f) => [f.rule, f.subject, f.path])).toEqual([['unknown-id', 'placement-visit', expect.stringMatching(/^situations\.\d+\.raises\.0$/)]]);
    expect(check.runError?.findings[0]!.message).toContain('did you mean "placement-visits"');
  });
});
