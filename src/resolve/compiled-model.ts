import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import type { ModelFile } from './model-schema.js';

/**
 * The built-in models, validated at build time (scripts/build.mjs) into dist/models/NAME.json, so
 * that a run reads JSON instead of parsing and validating YAML. The YAML stays the source: a
 * compiled model is used only while the YAML beside it is still the text it was compiled from
 * (compared whole: cheaper than hashing it, and exact).
 */
export interface CompiledModel {
  source: string;
  model: ModelFile;
}

function compiledModelPath(name: string): string {
  return join(packageRoot(), 'dist', 'models', `${name}.json`);
}

export function readCompiledModel(name: string, yamlFile: string): ModelFile | undefined {
  try {
    const compiled = JSON.parse(readFileSync(compiledModelPath(name), 'utf8')) as CompiledModel;
    return compiled.source === readFileSync(yamlFile, 'utf8') ? compiled.model : undefined;
  } catch {
    return undefined;
  }
}
