import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyze/rule-registry.js';

describe('rule registry and rule pages', () => {
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
      expect(rule.question.trim()).toMatch(/\?$/);
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
