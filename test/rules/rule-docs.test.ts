import { readdirSync } from 'node:fs';
import { ruleQuestion } from '../../src/analyze/rule.js';
import { loadMessages } from '../../src/i18n/load-locale.js';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';

/** The 25 rule ids of the v1 spec's rules page, in the order of its table, then the new rules of judgments.md §4. */
const SPEC_RULE_IDS = [
  'yaml-syntax',
  'schema',
  'duplicate-member',
  'unknown-member',
  'unknown-id',
  'single-accountable',
  'responsibility-unassigned',
  'decision-unassigned',
  'crisis-backup-missing',
  'lead-role-missing',
  'family-decision-missing',
  'review-cadence-missing',
  'review-cadence-too-long',
  'review-overdue',
  'title-role-mismatch',
  'role-scope',
  'decision-misassigned',
  'conflict-of-interest',
  'contact-missing',
  'family-updates-missing',
  'member-without-duties',
  'family-advocate-missing',
  'youth-voice-missing',
  'natural-supports-missing',
  'backup-is-accountable',
];

/** The new rules of the v2 spec (judgments.md §4), in the order of its table. */
const JUDGMENT_RULE_IDS = ['role-unclear', 'family-carries-coordination', 'advocacy-conflict', 'crisis-contact-unreachable', 'service-model-missing', 'adult-decisions', 'placeholder-left'];

describe('rule registry and rule pages', () => {
  it('holds the 25 rules of rules.md, in its order, then the new rules of judgments.md', () => {
    expect(SPEC_RULE_IDS).toHaveLength(25);
    expect(RULES.map((r) => r.id)).toEqual([...SPEC_RULE_IDS, ...JUDGMENT_RULE_IDS]);
  });

  it('holds each rule once, each with its fixtures and its generated page', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readdirSync('test/fixtures/rules').sort()).toEqual([...ids].sort());
    expect(readdirSync('docs/rules').sort()).toEqual(ids.map((id) => `${id}.md`).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id} documents itself`, () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.summary.trim()).not.toBe('');
      expect(ruleQuestion(rule.id, loadMessages('en')).trim()).toMatch(/\?$/);
      for (const key of ['why', 'source', 'fails', 'passes'] as const) {
        expect(rule.docs[key].trim(), `docs.${key}`).not.toBe('');
      }
      expect(rule.docs.fails).not.toBe(rule.docs.passes);
    });
  }

  it('lists first, and only there, the two rules reported outside the rule runner (yaml-syntax, schema)', () => {
    const outside = RULES.filter((r) => !r.check).map((r) => r.id);
    expect(outside).toEqual(['yaml-syntax', 'schema']);
    expect(RULES.slice(0, outside.length).map((r) => r.id)).toEqual(outside);
  });
});
