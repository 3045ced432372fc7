import type { Finding } from '../core/finding.js';
import { loadYaml } from '../validate/load-yaml.js';
import type { Locator } from '../core/locator.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { ModelLoad } from './load-model.js';
import { indexModel } from './model.js';
import { modelSchema, type ModelFile } from './model-schema.js';

/** A model file read with yaml and zod: a custom model, or a built-in one without its compiled JSON. */
export async function readModelFile(file: string, origin: string): Promise<ModelLoad> {
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

/** Every role and responsibility a model names (situations included) must be one of its own. */
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
  model.situations.forEach((s, i) => check(s.raises, duties, ['situations', i, 'raises'], 'responsibility'));
  return findings;
}
