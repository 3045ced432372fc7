import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Engine } from '../core/engine.js';
import type { Finding } from '../core/finding.js';
import { packageRoot } from '../core/package-root.js';
import { didYouMean } from '../core/did-you-mean.js';
import { readCompiledModel } from './compiled-model.js';
import { indexModel, type Model } from './model.js';

export const BUILTIN_MODELS = ['case-management', 'wraparound'] as const;

export type ModelLoad = { ok: true; model: Model } | { ok: false; file: string; findings: Finding[]; message: string };

/** Built-in models, by name: they never change while the process runs; model files are read again by each run. */
const builtins = { fast: new Map<string, Promise<ModelLoad>>(), reference: new Map<string, Promise<ModelLoad>>() };

function isBuiltinModel(name: string): boolean {
  return (BUILTIN_MODELS as readonly string[]).includes(name);
}

export function builtinModelPath(name: string): string {
  return join(packageRoot(), 'models', `${name}.yaml`);
}

/** A built-in name, or a model file's path relative to `baseDir`; `cache` holds one run's model files. */
export function loadModel(
  spec: string,
  baseDir: string,
  cache = new Map<string, Promise<ModelLoad>>(),
  engine: Engine = 'fast',
): Promise<ModelLoad> {
  const builtin = isBuiltinModel(spec);
  // Asked once for each team file: a built-in model already loaded is found by its name alone.
  const known = builtin && builtins[engine].get(spec);
  if (known) return known;
  const file = builtin ? builtinModelPath(spec) : resolve(baseDir, spec);
  if (!builtin && !existsSync(file)) {
    const message = `There is no model "${spec}"${didYouMean(spec, BUILTIN_MODELS)} The built-in models are ${BUILTIN_MODELS.join(' and ')}; anything else is a path to a model file (${file} does not exist).`;
    return Promise.resolve({ ok: false, file, findings: [], message });
  }
  if (builtin) {
    const pending = engine === 'fast' ? compiledOrRead(spec, file) : readModel(file, spec);
    builtins[engine].set(spec, pending);
    return pending;
  }
  let pending = cache.get(file);
  if (!pending) cache.set(file, (pending = readModel(file, file)));
  return pending;
}

async function compiledOrRead(name: string, file: string): Promise<ModelLoad> {
  const compiled = readCompiledModel(name, file);
  return compiled ? { ok: true, model: indexModel(compiled, name) } : readModel(file, name);
}

async function readModel(file: string, origin: string): Promise<ModelLoad> {
  const { readModelFile } = await import('./read-model-file.js');
  return readModelFile(file, origin);
}
