import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastTeam, fastTeamIssues } from '../../src/validate/fast-team.generated.js';
import { teamSchema } from '../../src/validate/team-schema.js';
import { expectSameData } from './same-data.js';
import { allPaths } from './yaml-compare.js';

const FIXTURES = join('test', 'fixtures', 'rules');
const texts = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f)),
  ...readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f))),
]
  .map((f) => readFileSync(f, 'utf8'))
  .map((t) => {
    try {
      return parse(t) as unknown;
    } catch {
      return undefined;
    }
  })
  .filter((d) => d !== undefined);

/** Both validators on the same data: the fast one answers exactly when zod accepts, with zod's value, or zod's issues. Returns whether zod accepted. */
function expectSameAsZod(data: unknown): boolean {
  const zod = teamSchema.safeParse(structuredClone(data));
  const fast = fastTeam(structuredClone(data));
  expect(fast !== undefined, JSON.stringify(data)).toBe(zod.success);
  if (zod.success) {
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expectSameData(fast, zod.data, JSON.stringify(data));
  }
  // The issues it describes, when it does (test/speed/fast-issues.test.ts), are zod's.
  const issues = fastTeamIssues(structuredClone(data));
  if (issues) expect(issues, JSON.stringify(data)).toStrictEqual(zod.success ? [] : zod.error.issues);
  return zod.success;
}

const VALUES = [null, '', '  ', ' ana ', 'ana', 'Ana Rivera', 'bad id', 'a-1', 5, 0, -1, 31, 2.5, true, false, [], ['ana'], ['ana', 'x y'], {}, { phone: '5' },
  '2 weeks', ' 90 days ', '10000 days', '2026-11-01', '2026-02-30', 'declined', 1, 'en', 'pt-BR', 'e', { every: '2 weeks' }, { every: 3 }, [null], '__proto__',
  // Numbers YAML can give, whitespace that trim() removes and \s matches, near-misses of each format.
  -0, 1e1, NaN, Infinity, '\u00a0x\u3000', '2 Weeks', '2weeks', '0 days', '9999 years', '2\u2003weeks', '２ weeks', '2024-02-29', '2026-11-01 ', 'Declined',
  'zh-Hant-TW', 'en-', 'EN', 'team', 'constructor', { id: 'a', name: 'b', contact: null, updates: null }, { accountable: ['ana', 'jordan'] }, [[]]];

const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.nat({ max: VALUES.length - 1 }), fc.constantFrom('extra', 'id', 'name', 'every', 'notes', 'contact', 'age', 'language', 'lang', 'backup', 'constructor', 'review', 'situations'));

function applyEdit(data: unknown, [at, kind, which, key]: [number, number, number, string]): unknown {
  const paths = allPaths(data);
  const path = paths[at % paths.length]!;
  if (path.length === 0) return kind === 0 ? structuredClone(VALUES[which]) : data;
  let parent = data as Record<string | number, unknown>;
  for (const s of path.slice(0, -1)) parent = parent[s] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const target = parent[last];
  if (kind === 0) parent[last] = structuredClone(VALUES[which]);
  else if (kind === 1 && !Array.isArray(parent)) delete parent[last];
  else if (kind === 2 && target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[key] = structuredClone(VALUES[which]);
  else if (kind === 3 && Array.isArray(target)) target.push(structuredClone(VALUES[which]));
  return data;
}

describe('the fast team validator', () => {
  it('answers as zod on every example and fixture', () => {
    for (const data of texts) expectSameAsZod(data);
    expect(texts.filter((d) => expectSameAsZod(d)).length).toBeGreaterThan(texts.length / 2);
  });

  it('answers as zod on edited team files', () => {
    const edited = fc
      .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }))
      .map(([data, edits]) => edits.reduce(applyEdit, structuredClone(data)));
    let valid = 0;
    let all = 0;
    fc.assert(fc.property(edited, (data) => {
      all++;
      if (expectSameAsZod(data)) valid++;
    }), { numRuns: Number(process.env.FAST_TEAM_RUNS ?? 1000) });
    // Both answers are held to zod's: valid edits (values compared) as well as invalid ones.
    expect(valid / all).toBeGreaterThan(0.15);
    expect(valid / all).toBeLessThan(0.85);
  });
});

describe('the comparison itself', () => {
  const team = (responsibilities: Record<string, unknown>) => ({ carechart: 1, child: { name: 'Sam' }, members: [{ id: 'ana', name: 'Ana' }], responsibilities });

  it('takes a responsibility named "constructor" as any other (toStrictEqual does not)', () => {
    expectSameAsZod(team({ constructor: { accountable: ['ana'] } }));
    expect(() => expect(team({ constructor: { accountable: ['ana'] } })).toStrictEqual(team({ constructor: { accountable: ['ana'] } }))).toThrow();
  });

  it('still tells apart what toStrictEqual tells apart', () => {
    const fails = (a: unknown, b: unknown) => expect(() => expectSameData(a, b)).toThrow();
    fails({ a: 1, b: 2 }, { b: 2, a: 1 });
    fails({ a: undefined }, {});
    fails(Object.assign(Object.create(null), { a: 1 }), { a: 1 });
    fails([1, [2]], [1, [3]]);
    fails({ a: -0 }, { a: 0 });
    expect(() => expectSameData({ a: [1, { b: NaN }] }, { a: [1, { b: NaN }] })).not.toThrow();
  });
});
