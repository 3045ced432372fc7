import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastTeamIssues, teamKeysAt } from '../../src/validate/fast-team.generated.js';
import { loadTeamFile } from '../../src/validate/load-team.js';
import { keysAt } from '../../src/validate/schema-keys.js';
import { teamSchema } from '../../src/validate/team-schema.js';
import { expectSameData } from './same-data.js';
import { allPaths } from './yaml-compare.js';

const exec = promisify(execFile);

/** The valid team files among the examples and fixtures: each mistake below is the only one in its file. */
const FIXTURES = join('test', 'fixtures', 'rules');
const valid = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => join('examples', f)),
  ...readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f))),
]
  .flatMap((f) => {
    try {
      return [parse(readFileSync(f, 'utf8')) as unknown];
    } catch {
      return [];
    }
  })
  .filter((data) => teamSchema.safeParse(data).success);

const UNKNOWN = ['nmae', 'ide', 'emial', 'phone-number', 'x', 'constructor', 'toString', 'Name', ''];
/** [where, what, which]: an unknown key added, a key removed, a key misspelt (its value kept), or a value of a wrong type. */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.nat());

function applyEdit(data: unknown, [at, kind, which]: [number, number, number]): unknown {
  // Unknown keys go where zod's schema has a strict object: an entry added to a record is no mistake of keys.
  const objects = allPaths(data).filter((p) => isObject(valueAt(data, p)) && (kind !== 0 || keysAt(teamSchema, p).length > 0));
  const path = objects[at % objects.length]!;
  const target = valueAt(data, path) as Record<string, unknown>;
  const keys = Object.keys(target);
  const key = keys[which % Math.max(keys.length, 1)];
  if (kind === 0) target[UNKNOWN[which % UNKNOWN.length]!] = 'x';
  else if (kind === 1 && key !== undefined) delete target[key];
  else if (kind === 2 && key !== undefined && key.length > 1) {
    target[key.charAt(1) + key.charAt(0) + key.slice(2)] = target[key];
    delete target[key];
  } else if (kind === 3 && key !== undefined) target[key] = which % 2 ? 5 : [];
  return data;
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object' && !Array.isArray(v);
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown => path.reduce<unknown>((v, s) => (v as Record<PropertyKey, unknown>)[s], data);

/** Team files with one to five mistakes; `keysOnly`: only unknown, missing and misspelt keys. */
const mistaken = (keysOnly: boolean) =>
  fc
    .tuple(fc.constantFrom(...valid), fc.array(keysOnly ? edit.filter(([, kind]) => kind < 3) : edit, { minLength: 1, maxLength: 5 }))
    .map(([data, edits]) => edits.reduce(applyEdit, structuredClone(data)));

/** The fast issues, when given, are zod's, in zod's order; returns whether they were given. */
function expectZodIssues(data: unknown): boolean {
  const zod = teamSchema.safeParse(structuredClone(data));
  const fast = fastTeamIssues(structuredClone(data));
  if (zod.success) expect(fast).toBeUndefined();
  else if (fast) expect(fast, JSON.stringify(data)).toStrictEqual(zod.error.issues);
  return fast !== undefined;
}

describe("the fast validator's issues", () => {
  it('are zod issues for unknown, missing and misspelt keys at any depth, several at once, all without zod', () => {
    let described = 0;
    let invalid = 0;
    fc.assert(
      fc.property(mistaken(true), (data) => {
        if (teamSchema.safeParse(structuredClone(data)).success) return;
        invalid++;
        if (expectZodIssues(data)) described++;
      }),
      { numRuns: 1000 },
    );
    expect(invalid).toBeGreaterThan(500);
    expect(described).toBe(invalid);
  });

  it('are zod issues, or none, when values of wrong types are among the mistakes', () => {
    let described = 0;
    fc.assert(fc.property(mistaken(false), (data) => void (expectZodIssues(data) && described++)), { numRuns: 1000 });
    expect(described).toBeGreaterThan(100);
    expect(described).toBeLessThan(900);
  });

  it('give the findings and the repaired team zod gives, from the text of the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-fast-issues-'));
    const texts = fc.sample(mistaken(true), { numRuns: 150, seed: 22 }).map((data) => stringify(data));
    for (const [i, text] of texts.entries()) {
      const bytes = new TextEncoder().encode(text);
      const file = join(dir, `team-${i}.yaml`);
      const [fast, reference] = await Promise.all([loadTeamFile(file, { bytes, engine: 'fast' }), loadTeamFile(file, { bytes, engine: 'reference' })]);
      expect(fast.findings, text).toEqual(reference.findings);
      expectSameData(fast.value, reference.value, text);
    }
  });

  it("say which keys an object takes, as the zod schema's own walk does", () => {
    for (const data of valid) for (const path of allPaths(data)) expect(teamKeysAt(path), path.join('.')).toEqual(keysAt(teamSchema, path));
    expect(teamKeysAt(['members', 0, 'contact'])).toEqual(['phone', 'email', 'hours', 'language']);
  });

  it('leave zod unloaded when a file has a misspelt key, and load it for a value of a wrong type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carechart-no-zod-'));
    const clean = readFileSync('examples/rivera-after-questions.yaml', 'utf8');
    const loads = async (name: string, text: string): Promise<boolean> => {
      writeFileSync(join(dir, name), text);
      const trace = join(dir, `${name}.imports`);
      const hook = join(process.cwd(), 'test', 'helpers', 'trace-imports.mjs');
      const run = await exec(process.execPath, ['--import', hook, join('bin', 'carechart.js'), 'check', join(dir, name), '--format', 'json'], {
        env: { ...process.env, TRACE_IMPORTS_FILE: trace },
      }).catch((error: { stdout: string }) => error);
      expect(JSON.parse(run.stdout).results[0].findings.some((f: { rule: string }) => f.rule === 'schema')).toBe(true);
      const loaded = readFileSync(trace, 'utf8');
      expect(loaded).toMatch(/\/dist\/carechart\.cjs$/m);
      return /\/vendor\/zod\.cjs$/m.test(loaded);
    };
    expect(await loads('typo.yaml', clean.replace('\n  name: Sam R.\n', '\n  nmae: Sam R.\n'))).toBe(false);
    expect(await loads('age.yaml', clean.replace('\n  age: 9\n', '\n  age: nine\n'))).toBe(true);
  });
});
