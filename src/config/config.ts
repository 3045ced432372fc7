import type { ConfigFile } from './config-schema.js';

/** A config as read, without zod: a run with no config file never loads the schema. */
export interface Config extends ConfigFile {
  /** The config file's path; model paths in it are relative to its folder. */
  file: string | undefined;
}

export const EMPTY_CONFIG: Config = { file: undefined, rules: {}, settings: {} };
