import { z } from 'zod';
import { modelSettingsSchema, severitySetting } from '../resolve/model-schema.js';

/** `.carechart.yaml`: a default model, rule severities and model settings for a folder of team files. */
export const configSchema = z.strictObject({
  model: z.string().min(1).optional(),
  /** The language of the charts and findings for this folder's team files; a team file's `lang` and `--lang` win. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'write a language tag, like "en" or "es"' }).optional(),
  rules: z.record(z.string(), severitySetting).default({}),
  settings: modelSettingsSchema.default({}),
});

export type ConfigFile = z.output<typeof configSchema>;
export { EMPTY_CONFIG, type Config } from './config.js';
