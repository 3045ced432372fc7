import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { BUILTIN_MODELS, builtinModelPath } from './load-model.js';
import type { CompiledModel } from './compiled-model.js';
import { readModelFile } from './read-model-file.js';

/** Each built-in model as the JSON of compiled-model.ts; throws when a model has a problem. */
export async function compileBuiltinModels(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of BUILTIN_MODELS) {
    const file = builtinModelPath(name);
    const load = await readModelFile(file, name);
    if (!load.ok) throw new Error(`${load.message}: ${load.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
    const compiled: CompiledModel = { source: readFileSync(file, 'utf8'), model: load.model.file };
    const json = JSON.stringify(compiled);
    if (!isDeepStrictEqual(JSON.parse(json), compiled)) throw new Error(`The model ${name} does not survive JSON`);
    out[name] = json;
  }
  return out;
}
