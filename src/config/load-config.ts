import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../core/finding.js';
import { EMPTY_CONFIG, type Config } from './config.js';

const CONFIG_NAME = '.carechart.yaml';

export type ConfigLoad = { ok: true; config: Config } | { ok: false; file: string; findings: Finding[]; message: string };

/** Configs found and read during one run: each folder is looked at once, each file read once. */
export class ConfigCache {
  private readonly found = new Map<string, string | undefined>();
  private readonly loads = new Map<string, Promise<ConfigLoad>>();

  /** The nearest `.carechart.yaml` at or above a folder. */
  find(dir: string): string | undefined {
    const start = resolve(dir);
    if (this.found.has(start)) return this.found.get(start);
    const candidate = join(start, CONFIG_NAME);
    const parent = dirname(start);
    const result = existsSync(candidate) ? candidate : parent === start ? undefined : this.find(parent);
    this.found.set(start, result);
    return result;
  }

  load(file: string | undefined): Promise<ConfigLoad> {
    if (!file) return Promise.resolve({ ok: true, config: EMPTY_CONFIG });
    const path = resolve(file);
    let pending = this.loads.get(path);
    if (!pending) this.loads.set(path, (pending = readConfig(path)));
    return pending;
  }
}

async function readConfig(file: string): Promise<ConfigLoad> {
  const { readConfig: read } = await import('./read-config-file.js');
  return read(file);
}
