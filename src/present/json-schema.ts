import { z } from 'zod';
import type { Model } from '../resolve/model.js';
import { configSchema } from '../config/config-schema.js';
import { modelSchema } from '../resolve/model-schema.js';
import { teamSchema } from '../validate/team-schema.js';
import { editorTeamSchema } from './editor-schema.js';

/** JSON Schema (draft 2020-12) generated from the same zod schemas the CLI validates with. */
export const JSON_SCHEMAS = {
  'team-file': teamSchema,
  'model-file': modelSchema,
  config: configSchema,
} as const;

export type SchemaName = keyof typeof JSON_SCHEMAS;

/**
 * `models`: the built-in models, whose names and ids the team file's schema offers and checks
 * (src/present/editor-schema.ts); `only`: the schema of a team file of that one model.
 */
export function jsonSchema(name: SchemaName, models: readonly Model[] = [], only?: Model): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const result = name === 'team-file' && models.length > 0 ? editorTeamSchema(schema, models, only) : schema;
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** schema/team-file.schema.json, or schema/team-file.wraparound.schema.json for one built-in model. */
export const schemaFileName = (name: SchemaName, model?: string) => `${name}${model ? `.${model}` : ''}.schema.json`;
