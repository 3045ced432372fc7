import { describe, expect, it } from 'vitest';
import { validateYamlText } from '../../src/validate/load-yaml.js';
import { teamSchema } from '../../src/validate/team-schema.js';

const base = (extra = '') => `carechart: 1
child:
  name: Sam R.
members:
  - id: ana
    name: Ana Rivera
    title: Parent
${extra}`;

function findings(text: string) {
  return validateYamlText(text, teamSchema, { carechart: 1, child: { name: 'the child' } });
}

describe('team schema', () => {
  it('accepts a minimal team', () => {
    const result = findings(base());
    expect(result.findings).toEqual([]);
    expect(result.value?.members[0]?.name).toBe('Ana Rivera');
  });

  it('suggests the nearest key for an unknown key, at the key', () => {
    const result = findings(base('responsibilities:\n  crisis-plan:\n    acountable: ana\n'));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: 'schema',
      path: 'responsibilities.crisis-plan.acountable',
      line: 10,
      column: 5,
      endColumn: 15,
    });
    expect(result.findings[0]!.message).toBe('Unknown key "acountable"; did you mean "accountable"?');
  });

  it('explains a phone number written without quotes, and keeps it as text', () => {
    const result = findings(base('    contact: { phone: 5550100 }\n'));
    expect(result.findings[0]!.message).toMatch(/put it in quotes: phone: "5550100"/);
    expect(result.findings[0]).toMatchObject({ line: 8, column: 23, path: 'members.0.contact.phone' });
    expect(result.value?.members[0]?.contact?.phone).toBe('5550100');
  });

  it('parses durations and refuses a number without a unit', () => {
    const ok = findings(base('program:\n  review: { every: 2 weeks }\n'));
    expect(ok.value?.program?.review?.every).toEqual({ count: 2, unit: 'week', text: '2 weeks' });
    const bad = findings(base('program:\n  review: { every: 90 }\n'));
    expect(bad.findings[0]!.message).toMatch(/90 needs a unit/);
  });

  it('refuses an impossible date with the date in the message', () => {
    const result = findings(base('program:\n  review: { next: 2026-13-45 }\n'));
    expect(result.findings[0]!.message).toMatch(/"2026-13-45" is not a date/);
  });

  it('locates a missing required key at the mapping that lacks it, with the key in the path', () => {
    const result = findings(base('  - id: kim\n    title: Supervisor\n'));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ path: 'members.1.name', line: 8, column: 5 });
    expect(result.findings[0]!.message).toMatch(/"name" is missing/);
  });

  it('reports every problem in one run and keeps the valid rest', () => {
    const result = findings(base('    role: parent\n    colour: blue\n  - id: Bad Id\n    name: X\n  - id: kim\n    name: Kim\n'));
    expect(result.findings.map((f) => f.path)).toEqual(['members.0.colour', 'members.1.id']);
    expect(result.value?.members.map((m) => m.id)).toEqual(['ana', 'kim']);
  });

  it('names the allowed keys when nothing is close', () => {
    const result = findings(base('    zzzzzzzz: 1\n'));
    expect(result.findings[0]!.message).toMatch(/the keys allowed here are id, name, title/);
  });
});
