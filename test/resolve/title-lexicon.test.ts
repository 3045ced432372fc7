import { describe, expect, it } from 'vitest';
import { resolveRole, roleFromAlias } from '../../src/resolve/infer-role.js';
import { loadModel } from '../../src/resolve/load-model.js';
import type { Model } from '../../src/resolve/model.js';

/**
 * judgments.md §1: a title names a role through the model's lexicon (English and Spanish), whole
 * words, case and accents ignored, the phrase of most words winning. Every title of the spec's
 * table, and each title of the bug list, under both built-in models.
 */
const TITLES: [string, string][] = [
  // parent
  ...['Mother', 'Father', 'Mom', 'Dad', 'Mamá', 'Papá', 'Madre', 'Padre', 'Stepmother', 'Stepfather', 'Foster Parent', 'Adoptive Parent', 'Legal Guardian', 'Kinship Caregiver', 'MAMA', 'papa', 'Madrastra', 'Tutora legal'].map(
    (t): [string, string] => [t, 'parent'],
  ),
  // on the family's side, never its decision
  ...['Parent Support Partner', 'Parent Partner', 'Family Support Partner', 'Parent Peer Specialist', 'Peer Support Partner', 'Madre de apoyo'].map(
    (t): [string, string] => [t, 'family-advocate'],
  ),
  ...['Youth Peer Advocate', 'Youth Partner'].map((t): [string, string] => [t, 'youth-partner']),
  ...['Grandmother', 'Abuela', 'Abuelo', 'Aunt', 'Tía', 'Tío', 'tia', 'Uncle', 'Neighbor', 'Vecina', 'Pastor', 'Youth Pastor', 'Imam', 'Rabbi', 'Family Friend', 'Soccer Coach', 'Amiga de la familia'].map(
    (t): [string, string] => [t, 'natural-support'],
  ),
  ...['Guardian ad Litem', 'CASA Volunteer', 'Attorney', 'Abogada'].map((t): [string, string] => [t, 'legal']),
  ...['ABA Coach', 'Job Coach', 'Parent Coach', 'Behavior Technician', 'BCBA', 'Speech-Language Pathologist', 'Terapeuta ocupacional', 'Psicóloga'].map(
    (t): [string, string] => [t, 'provider'],
  ),
  ...['Probation Officer', 'DSS Social Worker', 'Foster Care Worker', 'CSB Case Manager', 'Case Manager', 'Trabajadora social', 'Administradora de casos'].map(
    (t): [string, string] => [t, 'case-manager'],
  ),
  ...['Health Plan Care Manager', 'MCO Care Coordinator', 'Insurance Case Manager'].map((t): [string, string] => [t, 'funding-team']),
  ...['IEP Case Manager', 'Maestra', 'School Social Worker'].map((t): [string, string] => [t, 'school']),
  ...['Care Coordinator', 'Wrap Facilitator', 'Coordinadora de cuidado'].map((t): [string, string] => [t, 'care-coordinator']),
];

const models = Promise.all(['case-management', 'wraparound'].map((name) => loadModel(name, process.cwd(), new Map())));
async function model(index: number): Promise<Model> {
  const load = (await models)[index]!;
  if (!load.ok) throw new Error(load.message);
  return load.model;
}

describe('the title lexicon (judgments.md §1)', () => {
  it('holds at least 40 titles, the spec table and the bug list', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(40);
  });

  for (const [index, name] of ['case-management', 'wraparound'].entries()) {
    it.each(TITLES)(`${name}: "%s" is %s`, async (title, role) => {
      expect(resolveRole(await model(index), undefined, title)).toEqual({ role, source: 'title' });
    });
  }

  it('a title no phrase matches is a provider by default, and says so', async () => {
    expect(resolveRole(await model(0), undefined, 'Reading Tutor')).toEqual({ role: 'provider', source: 'default' });
    expect(resolveRole(await model(0), undefined, undefined)).toEqual({ role: 'provider', source: 'default' });
  });

  it('whole words only: "Parenting Class Teacher" is school staff, not a parent; "Momentum Coach" is nobody', async () => {
    expect(resolveRole(await model(0), undefined, 'Parenting Class Teacher').role).toBe('school');
    expect(resolveRole(await model(0), undefined, 'Momentum Coach').source).toBe('default');
  });

  it('a written role wins over the title, and a lexicon phrase written as the role is read as its role', async () => {
    const m = await model(0);
    expect(resolveRole(m, 'provider', 'Mother')).toEqual({ role: 'provider', source: 'written' });
    expect(resolveRole(m, 'mother', 'Case Manager')).toEqual({ role: 'parent', source: 'written' });
    expect(resolveRole(m, 'foster-parent', undefined)).toEqual({ role: 'parent', source: 'written' });
    expect(roleFromAlias(m, 'abuela')).toBe('natural-support');
    expect(roleFromAlias(m, 'manager')).toBeUndefined();
  });

  it('a tie goes to the phrase listed first: "Youth Mentor" is listed whole, "Teen Mentor" ties and the youth role comes first', async () => {
    const m = await model(0);
    expect(resolveRole(m, undefined, 'Youth Mentor').role).toBe('natural-support');
    expect(resolveRole(m, undefined, 'Teen Mentor').role).toBe('youth');
  });
});
