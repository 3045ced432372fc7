import { JSON_SCHEMAS, jsonSchema, schemaFileName, type SchemaName } from '../src/present/json-schema.js';

/** Every generated file that is committed, by path: the generator script writes them, a test compares them. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) files[`schema/${schemaFileName(name)}`] = jsonSchema(name);
  return files;
}
