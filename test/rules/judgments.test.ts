import { describe, expect, it } from 'vitest';
import { checkYaml, ruleSubjects } from '../helpers/check-yaml.js';

/** The verdicts of judgments.md §2, §4 and §5, on teams written from the seeds' own situations. */

const head = (model: string, needs = '') =>
  ['carechart: 1', `model: ${model}`, 'child:', '  name: Sam R.', '  age: 9', ...(needs ? [`  needs: [${needs}]`] : []), 'members:'].join('\n');
const member = (id: string, name: string, title: string, extra = '') =>
  [`  - id: ${id}`, `    name: ${name}`, `    title: ${title}`, '    contact: { phone: "555-0100" }', ...(extra ? [extra] : [])].join('\n');
const section = (name: string, entries: Record<string, string>) =>
  [`${name}:`, ...Object.entries(entries).map(([id, body]) => `  ${id}: { ${body} }`)].join('\n');
const file = (...parts: string[]) => `${parts.join('\n')}\n`;

describe('family decision makers are parent and youth only', () => {
  it('wraparound: the facilitator decides the plan and only the paid peer partner agrees: family-decision-missing', async () => {
    const check = await checkYaml(
      file(
        head('wraparound'),
        member('monica', 'Monica Mitchell', 'Mother'),
        member('tasha', 'Tasha Green', 'Parent Support Partner'),
        member('rachel', 'Rachel Okonkwo', 'Wrap Facilitator'),
        section('decisions', { 'service-plan-approval': 'decides: rachel, agree: [tasha]' }),
      ),
    );
    expect(check.team?.byId.get('tasha')?.role).toBe('family-advocate');
    expect(ruleSubjects(check)).toContain('family-decision-missing service-plan-approval');
  });

  it.each(['Guardian ad Litem', 'Youth Pastor', 'Parent Coach'])('"%s" agreeing is not the family deciding', async (title) => {
    const check = await checkYaml(
      file(head('case-management'), member('ana', 'Ana Rivera', 'Mother'), member('x', 'Lee Park', title), section('decisions', { 'service-plan-approval': 'decides: x' })),
    );
    expect(ruleSubjects(check)).toContain('family-decision-missing service-plan-approval');
  });

  it('a Spanish-speaking family: Rosa (Mamá) approves the plan, no false "no parent or youth decides"', async () => {
    const check = await checkYaml(
      file(head('case-management'), member('rosa', 'Rosa Delgado', 'Mamá'), member('tia', 'Carmen Delgado', 'Tía'), section('decisions', { 'service-plan-approval': 'decides: rosa' })),
    );
    expect(check.team?.byId.get('rosa')).toMatchObject({ role: 'parent', roleSource: 'title', family: true });
    expect(check.team?.byId.get('tia')?.role).toBe('natural-support');
    expect(ruleSubjects(check)).not.toContain('family-decision-missing service-plan-approval');
  });
});

describe('a family carrying the coordination (judgments.md §2, §4)', () => {
  const duties = { 'service-plan': 'accountable: marcus', 'crisis-plan': 'accountable: marcus', 'plan-monitoring': 'accountable: marcus', 'single-point-of-contact': 'accountable: marcus' };
  const fatherTeam = (needs: string) => file(head('case-management', needs), member('marcus', 'Marcus Reed', 'Father'), section('responsibilities', duties));

  it('a father holding every coordination duty for five needs: errors, and no case manager is "present"', async () => {
    const check = await checkYaml(fatherTeam('aba-therapy, speech-therapy, special-education, medical-care, occupational-therapy'));
    const carried = check.result.findings.filter((f) => f.rule === 'family-carries-coordination');
    expect(carried.map((f) => f.subject)).toEqual(['service-plan', 'crisis-plan', 'plan-monitoring', 'single-point-of-contact']);
    expect(carried.every((f) => f.severity === 'error' && f.message.includes('Marcus Reed'))).toBe(true);
    expect(ruleSubjects(check)).toContain('lead-role-missing case-manager');
    expect(check.result.facts!.members.find((m) => m.id === 'marcus')).toEqual({ id: 'marcus', name: 'Marcus Reed', role: 'parent', roleFrom: 'title', actsAs: null });
  });

  it('with three needs or fewer the same team is a warning, and the case manager is not expected', async () => {
    const check = await checkYaml(fatherTeam('aba-therapy, speech-therapy'));
    const carried = check.result.findings.filter((f) => f.rule === 'family-carries-coordination');
    expect(carried).toHaveLength(4);
    expect(carried.every((f) => f.severity === 'warning')).toBe(true);
    expect(ruleSubjects(check)).not.toContain('lead-role-missing case-manager');
  });

  it('wraparound: always an error; a natural support holding the crisis plan counts too', async () => {
    const check = await checkYaml(file(head('wraparound'), member('harold', 'Harold Banks', 'Grandfather'), section('responsibilities', { 'crisis-plan': 'accountable: harold' })));
    const carried = check.result.findings.filter((f) => f.rule === 'family-carries-coordination');
    expect(carried.map((f) => [f.subject, f.severity])).toEqual([['crisis-plan', 'error']]);
  });

  it('a parent written as role: parent never acts as the lead role', async () => {
    const check = await checkYaml(
      file(head('wraparound'), member('monica', 'Monica Mitchell', 'Care Coordinator', '    role: parent'), section('responsibilities', { orientation: 'accountable: monica', 'team-formation': 'accountable: monica', 'service-plan': 'accountable: monica', 'crisis-plan': 'accountable: monica' })),
    );
    expect(check.team?.byId.get('monica')?.actsAs).toBe('parent');
    expect(ruleSubjects(check)).toContain('lead-role-missing care-coordinator');
  });
});

describe('changed rules (judgments.md §5)', () => {
  it('role-scope is silent for a care coordinator who really does the case manager\'s work', async () => {
    const work = { assessment: 'accountable: taylor', 'service-plan': 'accountable: taylor', 'plan-monitoring': 'accountable: taylor', 'crisis-plan': 'accountable: taylor', 'insurance-advocacy': 'accountable: taylor', 'school-advocacy': 'accountable: taylor' };
    const check = await checkYaml(file(head('case-management'), member('taylor', 'Taylor Nguyen', 'Care Coordinator'), section('responsibilities', work)));
    expect(check.team?.byId.get('taylor')).toMatchObject({ role: 'care-coordinator', actsAs: 'case-manager' });
    expect(ruleSubjects(check).filter((s) => s.startsWith('role-scope'))).toEqual([]);
  });

  it('role-scope still fires for a care coordinator who owns the crisis plan and little else', async () => {
    const check = await checkYaml(file(head('case-management'), member('taylor', 'Taylor Nguyen', 'Care Coordinator'), section('responsibilities', { 'crisis-plan': 'accountable: taylor', scheduling: 'accountable: taylor' })));
    expect(ruleSubjects(check)).toContain('role-scope crisis-plan');
  });

  it('wraparound: the care coordinator may decide funding; the agency case manager may not', async () => {
    const team = (who: string) =>
      file(head('wraparound'), member('rachel', 'Rachel Okonkwo', 'Care Coordinator'), member('tom', 'Tom Hadley', 'Case Manager'), section('decisions', { funding: `decides: ${who}` }));
    expect(ruleSubjects(await checkYaml(team('rachel')))).not.toContain('decision-misassigned funding');
    expect(ruleSubjects(await checkYaml(team('tom')))).toContain('decision-misassigned funding');
  });

  it('crisis-backup-missing is silent when nobody is accountable for the crisis response: one gap, one finding', async () => {
    const check = await checkYaml(file(head('case-management'), member('ana', 'Ana Rivera', 'Mother')));
    expect(ruleSubjects(check)).toContain('responsibility-unassigned crisis-response');
    expect(ruleSubjects(check)).not.toContain('crisis-backup-missing crisis-response');
  });
});
