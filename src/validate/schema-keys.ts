import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The keys a strict object accepts at a key path of the schema, for "did you mean". */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const found = walk(schema, path);
  return found.flatMap((s) => {
    const def = defOf(s);
    return def.type === 'object' ? Object.keys(def.shape as object) : [];
  });
}

function unwrap(schema: unknown): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'catch':
      return unwrap(def.innerType);
    case 'pipe':
      return unwrap(def.in);
    case 'union':
      return (def.options as unknown[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

function walk(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object') {
        const next = (def.shape as Record<string, unknown>)[String(segment)];
        return next ? unwrap(next) : [];
      }
      if (def.type === 'array' && typeof segment === 'number') return unwrap(def.element);
      if (def.type === 'record') return unwrap(def.valueType);
      return [];
    });
  }
  return current;
}
