import type { Finding } from '../core/finding.js';
import { RULES_BY_ID } from '../analyze/rule-registry.js';
import { loadYaml } from '../validate/load-yaml.js';
import { didYouMean } from '../core/did-you-mean.js';
import { configSchema } from './config-schema.js';
import type { ConfigLoad } from './load-config.js';

/** A `.carechart.yaml`, read with yaml and zod (loaded only when a run has a config file). */
export async function readConfig(file: string): Promise<ConfigLoad> {
  let loaded;
  try {
    loaded = await loadYaml(file, configSchema);
  } catch (error) {
    return { ok: false, file, findings: [], message: `The config file ${file} cannot be read: ${(error as Error).message}` };
  }
  const findings: Finding[] = [...loaded.findings];
  for (const id of Object.keys(loaded.value?.rules ?? {})) {
    if (RULES_BY_ID.has(id) || !loaded.locator) continue;
    findings.push({
      rule: 'unknown-id',
      severity: 'error',
      message: `"${id}" is not a rule${didYouMean(id, RULES_BY_ID.keys())}`,
      question: 'Which rule is meant here? `carechart explain` lists them.',
      subject: id,
      ...loaded.locator.at(['rules', id], 'key'),
    });
  }
  if (findings.length > 0 || !loaded.value) {
    return { ok: false, file, findings, message: `The config file ${file} has ${findings.length} problem(s)` };
  }
  return { ok: true, config: { ...loaded.value, file } };
}
