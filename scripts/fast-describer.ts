// The second half of a generated validator: for data the first half declines, the issues zod would
// give, written out where they are only keys a strict object does not take and keys it needs that
// are missing (the usual slips: `nmae:`, a member without `id:`). Anything else declines: the
// caller loads zod, which says what is wrong. Issues come in zod's order: an object's keys in the
// schema's order, each with the issues under it, then its unknown keys; list items and record
// entries in order.
import type { z } from 'zod';
import { defOf, GUARDS, type Def } from './zod-defs.js';

/** The keys each strict object takes, by where it is: objects by key, list items and record entries under `each`. */
export interface KeyTree {
  keys?: string[];
  at?: Record<string, KeyTree>;
  each?: KeyTree;
}

/** What the validator's generator lends: its functions, checks and constants. */
export interface Parts {
  emit(schema: unknown): string;
  checks(def: Def): string[];
  keySet(keys: string[]): string;
  constant(text: string): string;
  read(key: string): string;
  functions: string[];
  any: string;
}

interface Described {
  /** A function (v, p, out) adding v's issues at path p to out. */
  name: string;
  tree?: KeyTree;
}

/** Code defining `describe(data)` and `keysAt(path)` for a schema, beside its validator's functions. */
export function describer(schema: z.ZodType, parts: Parts): string {
  const { any } = parts;
  const done = new Map<unknown, Described | undefined>();
  let count = 0;

  /** undefined for a part with no object in it: its validator says valid, or declines. */
  function describe(node: unknown): Described | undefined {
    if (done.has(node)) return done.get(node);
    done.set(node, undefined);
    const lines = body(defOf(node));
    if (!lines) return undefined;
    const name = `d${count++}`;
    parts.functions.push(`function ${name}(v${any}, p${any}, out${any}) {\n${lines.code.map((l) => `  ${l}`).join('\n')}\n}`);
    done.set(node, { name, tree: lines.tree });
    return done.get(node);
  }

  function body(def: Def): { code: string[]; tree?: KeyTree } | undefined {
    switch (def.type) {
      case 'optional':
      case 'nullable': {
        const inner = describe(def.innerType);
        return inner && { code: [`if (v !== ${def.type === 'optional' ? 'undefined' : 'null'}) ${inner.name}(v, p, out);`], tree: inner.tree };
      }
      case 'array': {
        // The list's own checks (at least one member) decline: zod runs them only when its items pass.
        const inner = describe(def.element);
        if (!inner) return undefined;
        const code = ['if (!Array.isArray(v)) fail();', ...parts.checks(def), `for (let i = 0; i < v.length; i++) ${inner.name}(v[i], [...p, i], out);`];
        return { code, tree: { each: inner.tree ?? {} } };
      }
      case 'record': {
        // The validator's guard, and its refusal of "__proto__", whichever zod's answer would be.
        const inner = describe(def.valueType);
        if (!inner) return undefined;
        const code = [`if (!(${GUARDS.object})) fail();`, `for (const k of Object.keys(v)) { if (k === '__proto__') fail(); ${inner.name}(v[k], [...p, k], out); }`];
        return { code, tree: { each: inner.tree ?? {} } };
      }
      case 'object':
        return (def.checks ?? []).length === 0 ? object(def) : undefined;
      default:
        return undefined;
    }
  }

  function object(def: Def): { code: string[]; tree: KeyTree } {
    const keys = Object.keys(def.shape);
    const code = [`if (!(${GUARDS.object})) fail();`, `let x${any};`];
    const at: Record<string, KeyTree> = {};
    for (const k of keys) {
      const field = def.shape[k];
      const inner = describe(field);
      if (inner?.tree) at[k] = inner.tree;
      const check = inner ? `${inner.name}(x, [...p, ${JSON.stringify(k)}], out);` : `${parts.emit(field)}(x);`;
      code.push(`x = ${parts.read(k)};`, field._zod.optin === undefined ? `if (x === undefined) missing(p, ${JSON.stringify(k)}, ${parts.constant(JSON.stringify(missingIssues(field, k)))}, out); else ${check}` : check);
    }
    code.push(`unknown(v, ${parts.keySet(keys)}, p, out);`);
    return { code, tree: { keys, ...(Object.keys(at).length ? { at } : {}) } };
  }

  const root = describe(schema);
  return [
    `const TREE${any} = ${JSON.stringify(root?.tree ?? {})};`,
    `function missing(p${any}, key${any}, issues${any}, out${any}) {\n  for (const issue of issues) out.push({ ...issue, path: [...p, key, ...issue.path] });\n}`,
    // zod's message for it, in English as zod writes it (test/speed/fast-issues.test.ts holds them equal).
    `function unknown(v${any}, allowed${any}, p${any}, out${any}) {\n  const keys = [];\n  for (const k in v) {\n    if (k === '__proto__') fail();\n    if (!allowed.has(k)) keys.push(k);\n  }\n  if (keys.length > 0) out.push({ code: 'unrecognized_keys', keys, path: [...p], message: \`Unrecognized key\${keys.length > 1 ? 's' : ''}: \${keys.map((k) => \`"\${k}"\`).join(', ')}\` });\n}`,
    `function describe(data${any}) {\n  const out${any} = [];\n  try {\n    ${root ? `${root.name}(data, [], out);` : 'fail();'}\n  } catch (e) {\n    if (e === NO) return undefined;\n    throw e;\n  }\n  return out.length > 0 ? out : undefined;\n}`,
    `function keysAt(path${any}) {\n  let tree${any} = TREE;\n  for (const s of path) tree = tree && (tree.at && Object.hasOwn(tree.at, s) ? tree.at[s] : tree.each);\n  return tree?.keys ?? [];\n}`,
  ].join('\n');
}

/** zod's issues for a key that is missing: those of its schema for undefined, path and all. */
function missingIssues(field: z.ZodType, key: string): readonly z.core.$ZodIssue[] {
  const result = field.safeParse(undefined);
  if (result.success) throw new Error(`fast validator: a required key that takes nothing (${key})`);
  return result.error.issues;
}
