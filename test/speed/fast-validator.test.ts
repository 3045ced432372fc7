import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fastTeamModule, generateValidator } from '../../scripts/fast-validator.js';
import { memberSchema, teamSchema } from '../../src/validate/team-schema.js';
import * as formats from '../../src/validate/value-formats.js';
import { expectSameData } from './same-data.js';

interface Compiled {
  (data: unknown): unknown;
  describe(data: unknown): unknown;
  keysAt(path: PropertyKey[]): string[];
}

/** The generated code of a schema, run as a function (its issues and keys beside it). */
function compile(schema: z.ZodType): Compiled {
  const { code, imports } = generateValidator(schema);
  const given = imports.map((name) => (formats as Record<string, unknown>)[name]);
  return new Function(...imports, `${code}\nreturn Object.assign(validate, { describe, keysAt });`)(...given) as Compiled;
}

const team = (member: Record<string, unknown>) => ({ carechart: 1, child: { name: 'Sam' }, members: [{ id: 'ana', name: 'Ana', ...member }] });

describe('the fast validator generated from zod', () => {
  it('is the generator output for the team schema as it is now (npm run build writes it)', () => {
    expect(readFileSync('src/validate/fast-team.generated.ts', 'utf8')).toBe(fastTeamModule(teamSchema));
  });

  it('follows a member field added to zod only: accepted and valued as zod does', () => {
    const pronouns = z.string().trim().min(1).optional();
    const grown = teamSchema.extend({ members: z.array(memberSchema.extend({ pronouns })).min(1) });
    const validate = compile(grown);
    for (const data of [team({ pronouns: ' they/them ' }), team({ pronouns: '' }), team({ pronouns: 3 }), team({}), team({ pronuns: 'she' })]) {
      const zod = grown.safeParse(structuredClone(data));
      const fast = validate(structuredClone(data));
      expect(fast !== undefined, JSON.stringify(data)).toBe(zod.success);
      if (zod.success) expectSameData(fast, zod.data, JSON.stringify(data));
    }
    // The schema as it is declines the field: the two differ exactly by it.
    expect(compile(teamSchema)(team({ pronouns: 'they/them' }))).toBeUndefined();
    // Its issues and its keys follow too.
    for (const data of [team({ pronuns: 'she' }), team({ pronuns: 'she', id: undefined }), { ...team({}), child: {} }]) {
      expect(validate.describe(structuredClone(data))).toStrictEqual(grown.safeParse(structuredClone(data)).error!.issues);
    }
    expect(validate.keysAt(['members', 0])).toContain('pronouns');
    expect(compile(teamSchema).keysAt(['members', 0])).not.toContain('pronouns');
  });

  it('refuses, naming it, a part of a schema it has no plain form for, rather than guess', () => {
    expect(() => generateValidator(z.object({ a: z.string() }))).toThrow(/not strict/);
    expect(() => generateValidator(z.strictObject({ a: z.email() }))).toThrow(/string format email/);
    expect(() => generateValidator(z.string().refine((s) => s.length > 2))).toThrow(/refine function it does not know/);
    expect(() => generateValidator(z.string().transform((s) => s.length))).toThrow(/transform function it does not know/);
    expect(() => generateValidator(z.string().default('x'))).toThrow(/zod type default/);
  });

  it('tries each option of a union whose options take the same kind of value, in order', () => {
    const validate = compile(z.union([z.literal('a'), z.string().trim().min(2)]));
    expect([validate('a'), validate(' bb '), validate('c'), validate(1)]).toEqual(['a', 'bb', undefined, undefined]);
    const choice = compile(z.strictObject({ lang: z.enum(['en', 'es']).optional(), n: z.union([z.enum(['all']), z.number()]) }));
    expect([choice({ lang: 'es', n: 2 }), choice({ n: 'all' }), choice({ lang: 'fr', n: 2 }), choice({ n: 'some' })]).toEqual([{ lang: 'es', n: 2 }, { n: 'all' }, undefined, undefined]);
  });
});
