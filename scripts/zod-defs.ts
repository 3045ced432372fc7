// What the fast validator's generators read of a zod schema: its definitions, as zod v4 keeps them.

export interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: any;
}
export interface CheckDef {
  check: string;
  [key: string]: any;
}

export const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** What kind of value a schema takes at all, where that is one kind: unions of distinct kinds need no trial. */
export function kindOf(def: Def): string | undefined {
  if (['string', 'number', 'boolean'].includes(def.type)) return def.type;
  if (def.type === 'array') return 'array';
  if (def.type === 'object' || def.type === 'record') return 'object';
  const values: unknown[] | undefined = def.type === 'literal' ? def.values : def.type === 'enum' ? Object.values(def.entries) : undefined;
  if (values && new Set(values.map((v) => typeof v)).size === 1) return typeof values[0];
  if (def.type === 'pipe') return kindOf(defOf(def.in));
  return undefined;
}

export const GUARDS: Record<string, string> = {
  string: "typeof v === 'string'",
  number: "typeof v === 'number'",
  boolean: "typeof v === 'boolean'",
  array: 'Array.isArray(v)',
  object: "typeof v === 'object' && v !== null && !Array.isArray(v)",
};
