import { ruleQuestion } from '../../src/analyze/rule.js';
import { loadMessages } from '../../src/i18n/load-locale.js';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';

/** The 25 rule ids of shared/spec/rules.md, in the order of its table. */
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

describe('rule registry and rule pages', () => {
  it('holds the 25 rules of rules.md, in its order', () => {
    expect(SPEC_RULE_IDS).toHaveLength(25);
    expect(RULES.map((r) => r.id)).toEqual(SPEC_RULE_IDS);
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

  it('only yaml-syntax and schema are reported outside the rule runner', () => {
    expect(RULES.filter((r) => !r.check).map((r) => r.id)).toEqual(['yaml-syntax', 'schema']);
  });
});
