// Writes a zod schema out as a plain function that gives zod's value for data zod accepts, and
// undefined for anything else (zod, loaded then, says what is wrong). scripts/build.mjs makes
// src/validate/fast-team.generated.ts from the team schema this way: loading and building zod's
// schemas costs more than checking a thousand valid files with the generated function.
import type { z } from 'zod';
import { asList, isRealDate, toDuration } from '../src/validate/value-formats.js';
import { describer } from './fast-describer.js';
import { defOf, GUARDS, kindOf, type CheckDef, type Def } from './zod-defs.js';

/** The functions refinements and transforms may call: the generated code imports them by these names. */
const KNOWN = new Map<unknown, string>([
  [isRealDate, 'isRealDate'],
  [toDuration, 'toDuration'],
  [asList, 'asList'],
]);

export interface GeneratedValidator {
  /** Statements that define `validate(data)`: zod's value, or undefined; `describe` and `keysAt` (fast-describer.ts). */
  code: string;
  /** Names of value-formats.ts functions the code calls. */
  imports: string[];
}

/** The schema as code; throws, naming the part, when a part of it has no plain form here. */
export function generateValidator(schema: z.ZodType, typed = false): GeneratedValidator {
  const names = new Map<unknown, string>();
  const functions: string[] = [];
  const constants = new Map<string, string>();
  const imports = new Set<string>();
  const param = typed ? 'v: any' : 'v';

  const known = (fn: unknown, where: string): string => {
    const name = KNOWN.get(fn);
    if (!name) throw new Error(`fast validator: a ${where} function it does not know; give it a name in value-formats.ts and in KNOWN (scripts/fast-validator.ts)`);
    imports.add(name);
    return name;
  };
  const constant = (text: string): string => {
    if (!constants.has(text)) constants.set(text, `c${constants.size}`);
    return constants.get(text)!;
  };

  function checks(def: Def): string[] {
    // z.email(), z.int() and their like are checks themselves, besides the ones added to them.
    const all: CheckDef[] = [...(def.check ? [def as unknown as CheckDef] : []), ...(def.checks ?? []).map((c) => c._zod.def)];
    if (def.coerce) throw new Error(`fast validator: z.coerce`);
    return all.map((c) => {
      switch (c.check) {
        case 'overwrite':
          if (c.tx(' a b\u00a0') !== 'a b' || c.tx('A') !== 'A') throw new Error('fast validator: an overwrite other than trim()');
          return 'v = v.trim();';
        case 'min_length':
          return `if (v.length < ${c.minimum}) fail();`;
        case 'max_length':
          return `if (v.length > ${c.maximum}) fail();`;
        case 'string_format':
          if (c.format !== 'regex' || /[gy]/.test(c.pattern.flags)) throw new Error(`fast validator: string format ${c.format}`);
          return `if (!${constant(`new RegExp(${JSON.stringify(c.pattern.source)}, ${JSON.stringify(c.pattern.flags)})`)}.test(v)) fail();`;
        case 'number_format':
          if (c.format !== 'safeint') throw new Error(`fast validator: number format ${c.format}`);
          return 'if (!Number.isSafeInteger(v)) fail();';
        case 'greater_than':
          return `if (!(v ${c.inclusive ? '>=' : '>'} ${JSON.stringify(c.value)})) fail();`;
        case 'less_than':
          return `if (!(v ${c.inclusive ? '<=' : '<'} ${JSON.stringify(c.value)})) fail();`;
        case 'custom':
          return `if (!${known(c.fn, 'refine')}(v)) fail();`;
        default:
          throw new Error(`fast validator: check ${c.check}`);
      }
    });
  }

  function body(def: Def): string[] {
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean': {
        const finite = def.type === 'number' ? ' || !Number.isFinite(v)' : '';
        return [`if (typeof v !== '${def.type}'${finite}) fail();`, ...checks(def), 'return v;'];
      }
      case 'literal':
        return [`if (!(${def.values.map((x: unknown) => `v === ${JSON.stringify(x)}`).join(' || ')})) fail();`, 'return v;'];
      case 'enum':
        return [`if (!(${Object.values(def.entries).map((x) => `v === ${JSON.stringify(x)}`).join(' || ')})) fail();`, 'return v;'];
      case 'optional':
        return [`return v === undefined ? undefined : ${emit(def.innerType)}(v);`];
      case 'nullable':
        return [`return v === null ? null : ${emit(def.innerType)}(v);`];
      case 'array':
        return [
          'if (!Array.isArray(v)) fail();',
          ...checks(def),
          `const out = new Array(v.length);`,
          `for (let i = 0; i < v.length; i++) out[i] = ${emit(def.element)}(v[i]);`,
          'return out;',
        ];
      case 'object': {
        if (!def.catchall || defOf(def.catchall).type !== 'never') throw new Error('fast validator: an object that is not strict');
        const keys = Object.keys(def.shape);
        const lines = [`if (!(${GUARDS.object})) fail();`, `for (const k in v) if (!${keySet(keys)}.has(k)) fail();`, 'const out = {}' + (typed ? ' as any;' : ';'), 'let x;'];
        for (const k of keys) lines.push(`x = ${emit(def.shape[k])}(${read(k)});`, `if (x !== undefined) out[${JSON.stringify(k)}] = x;`);
        return [...lines, ...checks(def), 'return out;'];
      }
      case 'record': {
        const key = defOf(def.keyType);
        if (key.type !== 'string' || (key.checks ?? []).length > 0) throw new Error('fast validator: record keys other than any string');
        return [
          `if (!(${GUARDS.object})) fail();`,
          'const out = {}' + (typed ? ' as any;' : ';'),
          // Assigned, "__proto__" would set the prototype rather than make a key: zod's own answer decides.
          `for (const k of Object.keys(v)) { if (k === '__proto__') fail(); out[k] = ${emit(def.valueType)}(v[k]); }`,
          'return out;',
        ];
      }
      case 'union': {
        const options = def.options.map((o: unknown) => ({ name: emit(o), kind: kindOf(defOf(o)) }));
        const kinds = options.map((o: { kind?: string }) => o.kind);
        if (kinds.every((k: string | undefined) => k && GUARDS[k]) && new Set(kinds).size === kinds.length) {
          return [...options.map((o: { name: string; kind: string }) => `if (${GUARDS[o.kind]}) return ${o.name}(v);`), 'fail();'];
        }
        return [`for (const option of [${options.map((o: { name: string }) => o.name).join(', ')}]) {`, '  try { return option(v); } catch (e) { if (e !== NO) throw e; }', '}', 'fail();'];
      }
      case 'pipe':
        return [`return ${emit(def.out)}(${emit(def.in)}(v));`];
      case 'transform':
        return [`return ${known(def.transform, 'transform')}(v);`];
      default:
        throw new Error(`fast validator: zod type ${def.type}`);
    }
  }

  const keySet = (keys: string[]): string => constant(`new Set(${JSON.stringify(keys)})`);
  // Read as zod reads it, v[key], which is a third quicker than asking Object.hasOwn first; a key
  // that plain objects inherit ("constructor") counts only when it is the object's own.
  const read = (k: string): string => (k in Object.prototype ? `Object.hasOwn(v, ${JSON.stringify(k)}) ? v[${JSON.stringify(k)}] : undefined` : `v[${JSON.stringify(k)}]`);

  function emit(schema: unknown): string {
    let name = names.get(schema);
    if (name) return name;
    name = `f${names.size}`;
    names.set(schema, name);
    const lines = body(defOf(schema));
    functions.push(`function ${name}(${param}) {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`);
    return name;
  }

  const root = emit(schema);
  const described = describer(schema, { emit, checks, keySet, read, functions, constant, any: typed ? ': any' : '' });
  const code = [
    'const NO = Symbol("invalid");',
    `function fail()${typed ? ': never' : ''} { throw NO; }`,
    ...[...constants].map(([text, name]) => `const ${name} = ${text};`),
    ...functions,
    `function validate(data${typed ? ': unknown' : ''}) {\n  try {\n    return ${root}(data);\n  } catch (e) {\n    if (e === NO) return undefined;\n    throw e;\n  }\n}`,
    described,
  ].join('\n');
  return { code, imports: [...imports].sort() };
}

/** src/validate/fast-team.generated.ts: the team schema's fast validator, as scripts/build.mjs writes it. */
export function fastTeamModule(teamSchema: z.ZodType): string {
  const { code, imports } = generateValidator(teamSchema, true);
  return [
    '// Generated from src/validate/team-schema.ts by scripts/build.mjs (scripts/fast-validator.ts): do not edit.',
    '/* eslint-disable */',
    `import { ${imports.join(', ')} } from './value-formats.js';`,
    "import type { z } from 'zod';",
    "import type { TeamFile } from './team-schema.js';",
    '',
    code,
    '',
    '/** The value zod gives a valid team file, or undefined: zod, loaded then, says what is wrong. */',
    'export function fastTeam(data: unknown): TeamFile | undefined {',
    '  return validate(data) as TeamFile | undefined;',
    '}',
    '',
    '/** zod\'s issues for a team file with only unknown and missing keys wrong, or undefined: zod says then. */',
    'export const fastTeamIssues = describe as (data: unknown) => z.core.$ZodIssue[] | undefined;',
    '/** The keys the team schema takes at a key path, for "did you mean". */',
    'export const teamKeysAt = keysAt as (path: readonly PropertyKey[]) => string[];',
    '',
  ].join('\n');
}
