import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../analyze/finding.js';
import { loadYaml } from '../load/load-yaml.js';
import type { Locator } from '../load/locator.js';
import { packageRoot } from '../package-root.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { indexModel, type Model } from './model.js';
import { modelSchema, type ModelFile } from './model-schema.js';

export const BUILTIN_MODELS = ['case-management', 'wraparound'] as const;

export type ModelLoad = { ok: true; model: Model } | { ok: false; file: string; findings: Finding[]; message: string };

/** Built-in models never change while the process runs; model files are read again by each run. */
const builtins = new Map<string, Promise<ModelLoad>>();

export function isBuiltinModel(name: string): boolean {
  return (BUILTIN_MODELS as readonly string[]).includes(name);
}

export function builtinModelPath(name: string): string {
  return join(packageRoot(), 'models', `${name}.yaml`);
}

/** A built-in name, or a model file's path relative to `baseDir`; `cache` holds one run's model files. */
export function loadModel(spec: string, baseDir: string, cache = new Map<string, Promise<ModelLoad>>()): Promise<ModelLoad> {
  const builtin = isBuiltinModel(spec);
  const file = builtin ? builtinModelPath(spec) : resolve(baseDir, spec);
  if (!builtin && !existsSync(file)) {
    const message = `There is no model "${spec}"${didYouMean(spec, BUILTIN_MODELS)} The built-in models are ${BUILTIN_MODELS.join(' and ')}; anything else is a path to a model file (${file} does not exist).`;
    return Promise.resolve({ ok: false, file, findings: [], message });
  }
  const store = builtin ? builtins : cache;
  let pending = store.get(file);
  if (!pending) store.set(file, (pending = readModel(file, builtin ? spec : file)));
  return pending;
}

async function readModel(file: string, origin: string): Promise<ModelLoad> {
  let loaded;
  try {
    loaded = await loadYaml(file, modelSchema);
  } catch (error) {
    return { ok: false, file, findings: [], message: `The model file ${file} cannot be read: ${(error as Error).message}` };
  }
  const findings = [...loaded.findings];
  if (loaded.value && loaded.locator) findings.push(...crossReferences(loaded.value, loaded.locator));
  if (findings.length > 0 || !loaded.value) {
    return { ok: false, file, findings, message: `The model file ${file} has ${findings.length} problem(s)` };
  }
  return { ok: true, model: indexModel(loaded.value, origin) };
}

/** Every role and responsibility a model names must be one of its own. */
function crossReferences(model: ModelFile, locator: Locator): Finding[] {
  const roles = new Set(model.roles.map((r) => r.id));
  const duties = new Set(model.responsibilities.map((r) => r.id));
  const findings: Finding[] = [];
  const check = (ids: readonly string[], known: Set<string>, path: (string | number)[], what: string) =>
    ids.forEach((id, i) => {
      if (known.has(id)) return;
      findings.push({
        rule: 'unknown-id',
        severity: 'error',
        message: `"${id}" is not a ${what} of this model${didYouMean(id, known)}`,
        question: 'Can the model file be corrected so that it names only its own roles and duties?',
        subject: id,
        ...locator.at([...path, i]),
      });
    });
  const lead = model.settings['lead-role'];
  if (lead) check([lead], roles, ['settings', 'lead-role'], 'role');
  model.roles.forEach((r, i) => check(r.core, duties, ['roles', i, 'core'], 'responsibility'));
  model.responsibilities.forEach((r, i) => {
    check(r.expected, roles, ['responsibilities', i, 'expected'], 'role');
    check(r.not, roles, ['responsibilities', i, 'not'], 'role');
  });
  const withTeam = new Set([...roles, 'team']);
  model.decisions.forEach((d, i) => {
    check(d.expected, withTeam, ['decisions', i, 'expected'], 'role');
    check(d.not, roles, ['decisions', i, 'not'], 'role');
  });
  return findings;
}
