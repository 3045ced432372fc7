import { loadMessages } from '../src/i18n/load-locale.js';
import { RULES } from '../src/analyze/rule-registry.js';
import { main } from '../src/cli/main.js';
import { JSON_SCHEMAS, jsonSchema, schemaFileName, type SchemaName } from '../src/present/json-schema.js';
import { generatedRulePage } from '../src/present/rule-page.js';
import { BUILTIN_MODELS, loadModel } from '../src/resolve/load-model.js';

/**
 * Every generated file that is committed, by path: `npm run generate` writes them, and
 * test/present/generated-files.test.ts keeps them equal to their generators.
 */
export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const models = await Promise.all(
    BUILTIN_MODELS.map(async (name) => {
      const load = await loadModel(name, process.cwd());
      if (!load.ok) throw new Error(load.message);
      return load.model;
    }),
  );
  for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) files[`schema/${schemaFileName(name)}`] = jsonSchema(name, models);
  for (const model of models) files[`schema/${schemaFileName('team-file', model.id)}`] = jsonSchema('team-file', models, model);
  for (const rule of RULES) files[`docs/rules/${rule.id}.md`] = generatedRulePage(rule, models, loadMessages('en'));
  files['docs/audit-sample.md'] = await sampleAudit();
  return files;
}

/** The audit of examples/program that docs/audit.md shows: the real output, on a fixed date. */
async function sampleAudit(): Promise<string> {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const status = await main(['audit', 'examples/program', '--today', '2026-11-23', '--by', 'organization'], io);
  if (status !== 0) throw new Error(`audit of examples/program failed: ${err}`);
  return out;
}
