import type { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { validate } from './validate.js';
import type { Locator } from '../core/locator.js';
import { parseYaml } from '../load/parse-yaml.js';
import { decodeSource, readSource } from '../load/read-source.js';

export interface LoadedYaml<T> {
  /** The valid part of the file (see validate), or undefined when nothing usable was read. */
  value: T | undefined;
  /** The data as read, before validation: what the file says, even where it is wrong. */
  raw: unknown;
  locator: Locator | undefined;
  findings: Finding[];
}

/** read → YAML with positions → schema: the one way every team, model and config file is loaded. */
export async function loadYaml<S extends z.ZodType>(
  file: string,
  schema: S,
  fallbacks?: Record<string, unknown>,
  bytes?: Uint8Array,
): Promise<LoadedYaml<z.output<S>>> {
  const source = bytes ? decodeSource(bytes) : await readSource(file);
  if (!source.ok) return { value: undefined, raw: undefined, locator: undefined, findings: [source.finding] };
  return validateYamlText(source.text, schema, fallbacks);
}

export function validateYamlText<S extends z.ZodType>(
  text: string,
  schema: S,
  fallbacks?: Record<string, unknown>,
): LoadedYaml<z.output<S>> {
  const parsed = parseYaml(text);
  if (parsed.data === undefined && parsed.findings.length > 0) {
    return { value: undefined, raw: undefined, locator: parsed.locator, findings: parsed.findings };
  }
  const checked = validate(schema, parsed.data ?? null, parsed.locator, fallbacks);
  return {
    value: checked.value,
    raw: parsed.data,
    locator: parsed.locator,
    findings: [...parsed.findings, ...checked.findings],
  };
}
