import { z } from 'zod';
import { configSchema } from '../config/config-schema.js';
import { modelSchema } from '../resolve/model-schema.js';
import { teamSchema } from '../validate/team-schema.js';

/** JSON Schema (draft 2020-12) generated from the same zod schemas the CLI validates with. */
export const JSON_SCHEMAS = {
  'team-file': teamSchema,
  'model-file': modelSchema,
  config: configSchema,
} as const;

export type SchemaName = keyof typeof JSON_SCHEMAS;

export function jsonSchema(name: SchemaName): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const schemaFileName = (name: SchemaName) => `${name}.schema.json`;
