import { loadMessages } from '../src/i18n/load-locale.js';
import { RULES } from '../src/analyze/rule-registry.js';
import { JSON_SCHEMAS, jsonSchema, schemaFileName, type SchemaName } from '../src/present/json-schema.js';
import { rulePage } from '../src/present/rule-page.js';
import { BUILTIN_MODELS, loadModel } from '../src/resolve/load-model.js';

/**
 * Every generated file that is committed, by path: `npm run generate` writes them, and
 * test/present/generated-files.test.ts keeps them equal to their generators.
 */
export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) files[`schema/${schemaFileName(name)}`] = jsonSchema(name);
  const models = await Promise.all(
    BUILTIN_MODELS.map(async (name) => {
      const load = await loadModel(name, process.cwd());
      if (!load.ok) throw new Error(load.message);
      return load.model;
    }),
  );
  for (const rule of RULES) files[`docs/rules/${rule.id}.md`] = rulePage(rule, models, loadMessages('en'));
  return files;
}
