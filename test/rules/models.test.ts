import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { TeamCheck } from '../../src/pipeline/check-team-file.js';
import { checkYaml } from '../helpers/check-yaml.js';

/**
 * One team, read under both built-in models (`--model`): the models disagree on which role is the
 * broad one, so the same duties draw different findings.
 */

type ModelId = 'case-management' | 'wraparound';
const MODELS: readonly ModelId[] = ['case-management', 'wraparound'];

/** A care coordinator reachable and updating the family: the member most tests here build on. */
const TAYLOR = [
  '  - id: taylor',
  '    name: Taylor Nguyen',
  '    title: Care Coordinator',
  '    contact: { phone: "555-0110" }',
  '    updates: { every: 1 week, via: phone }',
].join('\n');

interface TeamParts {
  needs?: string[];
  members: string;
  responsibilities?: string;
  extra?: string;
}

/** A team file with no `model:` of its own, so that the `--model` option decides. */
function team({ needs, members, responsibilities, extra }: TeamParts): string {
  return [
    'carechart: 1',
    'child:',
    '  name: Sam R.',
    '  age: 9',
    ...(needs ? [`  needs: [${needs.join(', ')}]`] : []),
    ...(extra ? [extra] : []),
    'members:',
    '  - id: ana',
    '    name: Ana Rivera',
    '    title: Mother',
    '    role: parent',
    '    contact: { phone: "555-0100" }',
    members,
    ...(responsibilities ? ['responsibilities:', responsibilities] : []),
    'decisions:',
    '  service-plan-approval: { decides: ana }',
    '',
  ].join('\n');
}

const check = (text: string, model: ModelId) => checkYaml(text, { model, today: '2026-11-23' });
const of = (c: TeamCheck, rule: string): Finding[] => c.result.findings.filter((f) => f.rule === rule);

describe('role-scope depends on the model', () => {
  const holding = (role: string, title: string) =>
    team({
      members: [
        '  - id: jordan',
        '    name: Jordan Lee',
        `    title: ${title}`,
        `    role: ${role}`,
        '    contact: { phone: "555-0102" }',
        '    updates: { every: 2 weeks, via: email }',
      ].join('\n'),
      responsibilities: '  crisis-plan: { accountable: jordan }',
    });

  it('a care coordinator owning the crisis plan: out of scope under case-management, not under wraparound', async () => {
    const text = holding('care-coordinator', 'Care Coordinator');
    const cm = of(await check(text, 'case-management'), 'role-scope');
    expect(cm.map((f) => f.subject)).toEqual(['crisis-plan']);
    expect(cm[0]!.severity).toBe('warning');
    expect(cm[0]!.message).toContain('Jordan Lee');
    expect(of(await check(text, 'wraparound'), 'role-scope')).toEqual([]);
  });

  it('a case manager owning the crisis plan: out of scope under wraparound, not under case-management', async () => {
    const text = holding('case-manager', 'Case Manager');
    const wrap = of(await check(text, 'wraparound'), 'role-scope');
    expect(wrap.map((f) => f.subject)).toEqual(['crisis-plan']);
    expect(wrap[0]!.message).toContain('Jordan Lee');
    expect(of(await check(text, 'case-management'), 'role-scope')).toEqual([]);
  });
});

describe('lead-role-missing: a warning under case-management above 3 needs, an error under wraparound always', () => {
  // A BCBA and a parent: nobody acts as a case manager or a care coordinator.
  const noLead = (needs?: string[]) =>
    team({
      needs,
      members: [
        '  - id: omar',
        '    name: Omar Haddad',
        '    title: BCBA',
        '    contact: { phone: "555-0104" }',
        '    updates: { every: 1 month, via: progress report }',
      ].join('\n'),
      responsibilities: '  behavior-plan: { accountable: omar }',
    });
  const four = ['aba-therapy', 'speech-therapy', 'special-education', 'medical-care'];
  const three = ['aba-therapy', 'speech-therapy', 'special-education'];

  it('case-management, 4 needs: a warning about the case manager', async () => {
    const found = of(await check(noLead(four), 'case-management'), 'lead-role-missing');
    expect(found.map((f) => [f.subject, f.severity])).toEqual([['case-manager', 'warning']]);
    expect(found[0]!.message).toContain('Sam R. has 4');
  });

  it('case-management, 3 needs or none: nothing', async () => {
    expect(of(await check(noLead(three), 'case-management'), 'lead-role-missing')).toEqual([]);
    expect(of(await check(noLead(), 'case-management'), 'lead-role-missing')).toEqual([]);
  });

  it('wraparound, whatever the needs: an error about the care coordinator', async () => {
    for (const needs of [four, three, undefined]) {
      const found = of(await check(noLead(needs), 'wraparound'), 'lead-role-missing');
      expect(found.map((f) => [f.subject, f.severity])).toEqual([['care-coordinator', 'error']]);
    }
  });
});

describe('family-advocate-missing and natural-supports-missing: info under case-management, warning under wraparound', () => {
  const plain = team({
    members: TAYLOR,
    responsibilities: '  scheduling: { accountable: taylor }',
  });
  const expectations: [ModelId, 'info' | 'warning'][] = [
    ['case-management', 'info'],
    ['wraparound', 'warning'],
  ];

  for (const [model, severity] of expectations) {
    it(`${model}: ${severity}`, async () => {
      const c = await check(plain, model);
      expect(of(c, 'family-advocate-missing').map((f) => [f.subject, f.severity])).toEqual([['family-advocate', severity]]);
      expect(of(c, 'natural-supports-missing').map((f) => [f.subject, f.severity])).toEqual([['natural-support', severity]]);
    });
  }

  it('`family-advocate: declined` silences family-advocate-missing under both models', async () => {
    const declined = plain.replace('members:\n', 'family-advocate: declined\nmembers:\n');
    for (const model of MODELS) expect(of(await check(declined, model), 'family-advocate-missing')).toEqual([]);
  });
});

describe('review-cadence-too-long: "3 months" is too long for wraparound (45 days), not for case-management (6 months)', () => {
  const every = (cadence: string) =>
    team({
      extra: `program:\n  name: Riverbend\n  review:\n    every: ${cadence}`,
      members: '  - { id: taylor, name: Taylor Nguyen, title: Care Coordinator, contact: { phone: "555-0110" } }',
    });

  it('fires under wraparound', async () => {
    const found = of(await check(every('3 months'), 'wraparound'), 'review-cadence-too-long');
    expect(found.map((f) => [f.subject, f.severity, f.path])).toEqual([['plan-review', 'warning', 'program.review.every']]);
    expect(found[0]!.message).toContain('45 days');
  });

  it('is silent under case-management', async () => {
    expect(of(await check(every('3 months'), 'case-management'), 'review-cadence-too-long')).toEqual([]);
  });

  it('fires under case-management past 6 months', async () => {
    expect(of(await check(every('7 months'), 'case-management'), 'review-cadence-too-long')).toHaveLength(1);
  });
});

describe('"IEP Case Manager" is school staff: the longest alias wins', () => {
  // Duties that would be out of a case manager's core under either model.
  const titled = (title: string) =>
    team({
      members: [
        '  - id: dana',
        '    name: Dana Whitfield',
        `    title: ${title}`,
        '    contact: { phone: "555-0107" }',
        '    updates: { every: 1 month, via: notebook home }',
      ].join('\n'),
      responsibilities: '  scheduling: { accountable: dana }\n  cross-agency-coordination: { accountable: dana }',
    });

  for (const model of MODELS) {
    it(`${model}: role school, no title-role-mismatch`, async () => {
      const c = await check(titled('IEP Case Manager'), model);
      expect(c.team?.byId.get('dana')).toMatchObject({ role: 'school', roleSource: 'title' });
      expect(of(c, 'title-role-mismatch')).toEqual([]);
    });

    it(`${model}: the same duties under the title "Case Manager" do get title-role-mismatch`, async () => {
      const c = await check(titled('Case Manager'), model);
      expect(c.team?.byId.get('dana')).toMatchObject({ role: 'case-manager', roleSource: 'title' });
      expect(of(c, 'title-role-mismatch').map((f) => f.subject)).toEqual(['dana']);
    });
  }
});

describe('"acts as": judged by duties, not by title', () => {
  const needs = ['aba-therapy', 'speech-therapy', 'special-education', 'medical-care'];
  const coordinator = (duties: string[]) =>
    team({
      needs,
      members: TAYLOR,
      responsibilities: duties.map((d) => `  ${d}: { accountable: taylor }`).join('\n'),
    });

  it('a Care Coordinator holding the service plan, crisis plan and plan monitoring acts as the case manager under case-management', async () => {
    const c = await check(coordinator(['service-plan', 'crisis-plan', 'plan-monitoring']), 'case-management');
    expect(c.team?.byId.get('taylor')).toMatchObject({ role: 'care-coordinator', roleSource: 'title', actsAs: 'case-manager' });
    expect(of(c, 'lead-role-missing')).toEqual([]);
    // The title still promises one role and the duties say another.
    expect(of(c, 'title-role-mismatch').map((f) => f.subject)).toEqual(['taylor']);
  });

  it('the same member acts as the care coordinator (the lead) under wraparound', async () => {
    const c = await check(coordinator(['service-plan', 'crisis-plan', 'plan-monitoring']), 'wraparound');
    expect(c.team?.byId.get('taylor')?.actsAs).toBe('care-coordinator');
    expect(of(c, 'lead-role-missing')).toEqual([]);
  });

  it('holding the service plan alone is not enough to act as the case manager', async () => {
    const c = await check(coordinator(['service-plan']), 'case-management');
    expect(c.team?.byId.get('taylor')?.actsAs).toBe('care-coordinator');
    expect(of(c, 'lead-role-missing').map((f) => f.subject)).toEqual(['case-manager']);
  });

  it('a declared case manager who holds none of its core duties does not count as the lead', async () => {
    const text = team({
      needs,
      members: [
        '  - id: jordan',
        '    name: Jordan Lee',
        '    title: Case Manager',
        '    role: case-manager',
        '    contact: { phone: "555-0102" }',
        '    updates: { every: 2 weeks, via: email }',
      ].join('\n'),
      responsibilities: '  scheduling: { accountable: jordan }',
    });
    const found = of(await check(text, 'case-management'), 'lead-role-missing');
    expect(found.map((f) => f.subject)).toEqual(['case-manager']);
    expect(found[0]!.message).toContain('Jordan Lee has the role but not its core duties');
  });
});
