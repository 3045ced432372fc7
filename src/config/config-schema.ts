import { z } from 'zod';
import { modelSettingsSchema, severitySetting } from '../resolve/model-schema.js';

/** `.carechart.yaml`: a default model, rule severities and model settings for a folder of team files. */
export const configSchema = z.strictObject({
  model: z.string().min(1).optional(),
  rules: z.record(z.string(), severitySetting).default({}),
  settings: modelSettingsSchema.default({}),
});

export type ConfigFile = z.output<typeof configSchema>;
export { EMPTY_CONFIG, type Config } from './config.js';
