import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import { RULES } from '../../src/analyze/rule-registry.js';
import { checkYaml } from '../helpers/check-yaml.js';

/**
 * Every rule of the registry has test/fixtures/rules/<id>/fails.yaml (the rule fires) and
 * passes.yaml (the same team, fixed: the rule is silent). Other rules may fire in either file.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
/** review-overdue is judged against this date (the fixtures say so in their comments). */
const TODAY = '2026-11-23';

interface Expected {
  /** The distinct `subject`s of the rule's findings in fails.yaml, in source order. */
  subjects: (string | null)[];
  severity: Severity;
  /** People (or the child) the message must name, by name as written in the file. */
  names?: string[];
  /** For rules about a person: the message uses the name, never the bare member id. */
  noBareId?: boolean;
}

const EXPECTED: Record<string, Expected> = {
  'yaml-syntax': { subjects: [null], severity: 'error' },
  schema: { subjects: [null], severity: 'error' },
  'duplicate-member': { subjects: ['jordan'], severity: 'error', names: ['Jordan Park', 'Jordan Lee'] },
  'unknown-member': { subjects: ['jordon', 'dr-sha'], severity: 'error' },
  'unknown-id': { subjects: ['crisis-plna'], severity: 'error' },
  'single-accountable': { subjects: ['crisis-plan'], severity: 'error', names: ['Jordan Lee', 'Dr. Priya Shah'] },
  'responsibility-unassigned': { subjects: ['crisis-plan'], severity: 'error' },
  'decision-unassigned': { subjects: ['crisis-activation'], severity: 'warning' },
  'crisis-backup-missing': { subjects: ['crisis-response'], severity: 'error', names: ['Jordan Lee'] },
  'lead-role-missing': { subjects: ['case-manager'], severity: 'warning', names: ['Jordan Lee'] },
  'family-decision-missing': { subjects: ['service-plan-approval'], severity: 'error' },
  'review-cadence-missing': { subjects: ['plan-review'], severity: 'error' },
  'review-cadence-too-long': { subjects: ['plan-review'], severity: 'warning' },
  'review-overdue': { subjects: ['plan-review'], severity: 'warning' },
  'title-role-mismatch': { subjects: ['jordan'], severity: 'warning', names: ['Jordan Lee'], noBareId: true },
  'role-scope': { subjects: ['crisis-plan'], severity: 'warning', names: ['Taylor Nguyen'] },
  'decision-misassigned': { subjects: ['service-plan-approval'], severity: 'warning', names: ['Taylor Nguyen'] },
  'conflict-of-interest': { subjects: ['omar'], severity: 'warning', names: ['Omar Haddad'], noBareId: true },
  'contact-missing': { subjects: ['hannah'], severity: 'warning', names: ['Hannah Brooks'], noBareId: true },
  'family-updates-missing': { subjects: ['hannah'], severity: 'warning', names: ['Hannah Brooks'], noBareId: true },
  'member-without-duties': { subjects: ['dr-okafor'], severity: 'warning', names: ['Dr. Grace Okafor'], noBareId: true },
  'family-advocate-missing': { subjects: ['family-advocate'], severity: 'warning' },
  'youth-voice-missing': { subjects: ['service-plan-approval'], severity: 'warning', names: ['Leo R.'] },
  'natural-supports-missing': { subjects: ['natural-support'], severity: 'warning' },
  'backup-is-accountable': { subjects: ['plan-monitoring'], severity: 'warning', names: ['Jordan Lee'] },
  'advocacy-conflict': { subjects: ['school-advocacy', 'insurance-advocacy'], severity: 'warning', names: [] },
  'crisis-contact-unreachable': { subjects: ['devon'], severity: 'error', names: ['Devon Price'], noBareId: true },
  'service-model-missing': { subjects: [null], severity: 'info' },
  'adult-decisions': { subjects: ['service-plan-approval'], severity: 'warning', names: ['Leo R.', 'Ana Rivera'] },
  'role-unclear': { subjects: ['kim'], severity: 'info', names: ['Kim Ortega', 'Reading Tutor'], noBareId: true },
  'family-carries-coordination': { subjects: ['service-plan', 'crisis-plan', 'plan-monitoring'], severity: 'error', names: ['Marcus Reed'] },
  'placeholder-left': { subjects: [null], severity: 'error' },
};

function fixture(ruleId: string, kind: 'fails' | 'passes'): string {
  return readFileSync(`${FIXTURES}${ruleId}/${kind}.yaml`, 'utf8');
}

async function findingsOf(ruleId: string, kind: 'fails' | 'passes'): Promise<Finding[]> {
  const check = await checkYaml(fixture(ruleId, kind), { today: TODAY });
  expect(check.runError, `${ruleId}/${kind}.yaml: no run error`).toBeUndefined();
  return check.result.findings.filter((f) => f.rule === ruleId);
}

/** 1-based line and column of `token` on the `occurrence`-th line of `text` that contains `lineText`. */
function locate(text: string, lineText: string, token: string, occurrence = 1): { line: number; column: number } {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes(lineText) || ++seen < occurrence) continue;
    const column = lines[i]!.indexOf(token);
    if (column < 0) throw new Error(`"${token}" is not on line ${i + 1}`);
    return { line: i + 1, column: column + 1 };
  }
  throw new Error(`no line ${occurrence} containing "${lineText}"`);
}

describe('every rule has a failing and a passing fixture', () => {
  it('expects exactly the rules of the registry', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a fixture folder with fails.yaml and passes.yaml, each saying its model at the top', () => {
        for (const kind of ['fails', 'passes'] as const) {
          const path = `${FIXTURES}${rule.id}/${kind}.yaml`;
          expect(existsSync(path), `missing ${path}`).toBe(true);
          const text = fixture(rule.id, kind);
          const comment = /^# model: (case-management|wraparound)\b/.exec(text);
          expect(comment, `${rule.id}/${kind}.yaml starts with "# model: ..."`).not.toBeNull();
          expect(text, `${rule.id}/${kind}.yaml sets the model it names`).toMatch(new RegExp(`^model: ${comment![1]}$`, 'm'));
          expect(text).toMatch(/^carechart: 1$/m);
        }
      });

      it('fires on fails.yaml, with the subject, names, position and question the spec asks for', async () => {
        const expected = EXPECTED[rule.id];
        expect(expected, `no expectation written for ${rule.id}`).toBeDefined();
        const findings = await findingsOf(rule.id, 'fails');
        expect(findings.length).toBeGreaterThanOrEqual(1);
        expect([...new Set(findings.map((f) => f.subject))]).toEqual(expected!.subjects);
        for (const f of findings) {
          expect(f.severity).toBe(expected!.severity);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.message.trim()).not.toBe('');
          expect(f.question.trim()).not.toBe('');
          for (const name of expected!.names ?? []) expect(f.message).toContain(name);
          if (expected!.noBareId && f.subject) expect(f.message).not.toContain(f.subject);
        }
      });

      it('is silent on passes.yaml', async () => {
        expect(await findingsOf(rule.id, 'passes')).toEqual([]);
      });
    });
  }
});

describe('findings point at the most specific place', () => {
  it('unknown-member: at each reference, a single id and a list item', async () => {
    const text = fixture('unknown-member', 'fails');
    const [accountable, listItem] = await findingsOf('unknown-member', 'fails');
    expect(accountable).toMatchObject({
      subject: 'jordon',
      path: 'responsibilities.crisis-plan.accountable',
      ...locate(text, 'accountable: jordon', 'jordon'),
    });
    expect(accountable!.message).toContain('did you mean "jordan"');
    expect(listItem).toMatchObject({
      subject: 'dr-sha',
      path: 'responsibilities.crisis-plan.responsible.1',
      ...locate(text, 'responsible: [jordan, dr-sha]', 'dr-sha'),
    });
    expect(listItem!.message).toContain('did you mean "dr-shah"');
  });

  it('unknown-id: at the misspelled key, with the nearest id', async () => {
    const text = fixture('unknown-id', 'fails');
    const [finding] = await findingsOf('unknown-id', 'fails');
    expect(finding).toMatchObject({ path: 'responsibilities.crisis-plna', ...locate(text, 'crisis-plna:', 'crisis-plna') });
    expect(finding!.message).toContain('did you mean "crisis-plan"');
  });

  it("duplicate-member: at the second member's id", async () => {
    const text = fixture('duplicate-member', 'fails');
    const [finding] = await findingsOf('duplicate-member', 'fails');
    expect(finding).toMatchObject({ path: 'members.2.id', ...locate(text, '- id: jordan', 'jordan', 2) });
  });

  it('schema: an unknown key at the key, with a "did you mean"', async () => {
    const text = fixture('schema', 'fails');
    const [finding] = await findingsOf('schema', 'fails');
    expect(finding).toMatchObject({ path: 'responsibilities.crisis-plan.acountable', ...locate(text, 'acountable: jordan', 'acountable') });
    expect(finding!.message).toContain('did you mean "accountable"');
  });

  it("yaml-syntax: at the parser's position", async () => {
    const text = fixture('yaml-syntax', 'fails');
    const [first] = await findingsOf('yaml-syntax', 'fails');
    expect(first).toMatchObject({ line: locate(text, '   name: Ana Rivera', 'name').line, column: 1 });
  });

  it('contact-missing: a missing key is located at the parent mapping (the member), its path naming the key', async () => {
    const text = fixture('contact-missing', 'fails');
    const [finding] = await findingsOf('contact-missing', 'fails');
    expect(finding).toMatchObject({ path: 'members.2.contact', ...locate(text, '- id: hannah', 'id: hannah') });
  });

  it('review-overdue: at the date it was computed from', async () => {
    const text = fixture('review-overdue', 'fails');
    const [finding] = await findingsOf('review-overdue', 'fails');
    expect(finding).toMatchObject({ path: 'program.review.last', ...locate(text, 'last: 2026-05-01', '2026-05-01') });
    expect(finding!.message).toContain('2026-07-30');
  });

  it('role-scope: at the accountable member', async () => {
    const text = fixture('role-scope', 'fails');
    const [finding] = await findingsOf('role-scope', 'fails');
    expect(finding).toMatchObject({ path: 'responsibilities.crisis-plan.accountable', ...locate(text, 'accountable: taylor', 'taylor') });
  });
});
