import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import type { CodeCache } from './code-cache.js';

export interface CachedScript {
  exports: unknown;
  /** `missing` also when V8 refused the cache; `partial` when it was written by a run other than `check`. */
  cache: 'off' | 'missing' | 'partial' | 'complete';
  /** Leaves V8's code for the script, as compiled so far, for the next run. */
  saveCache(complete: boolean): void;
}

/**
 * Runs a CommonJS file of dist/ as Node would, but compiled from V8's code cache when there is
 * one: Node 20 caches nothing, and compiling is most of what loading a big file costs.
 * `globals` are extra parameters of the module wrapper, given to the file by those names.
 */
export function runCachedScript(file: string, cache: CodeCache | undefined, options: { require?: NodeJS.Require; globals?: Record<string, unknown> } = {}): CachedScript {
  // esbuild writes ASCII only, so latin1 reads it as it is, without decoding UTF-8.
  const source = readFileSync(file, 'latin1');
  const cachedData = cache?.read();
  const globals = Object.entries(options.globals ?? {});
  const wrapper = `(function (exports, require, module, __filename, __dirname${globals.map(([name]) => `, ${name}`).join('')}) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData });
  const module = { exports: {} };
  const start = script.runInThisContext() as (...args: unknown[]) => void;
  start(module.exports, options.require ?? createRequire(file), module, file, dirname(file), ...globals.map(([, value]) => value));
  return {
    exports: module.exports,
    cache: !cache ? 'off' : cachedData === undefined || script.cachedDataRejected === true ? 'missing' : cache.partial ? 'partial' : 'complete',
    saveCache: (complete) => cache?.write(script.createCachedData(), complete),
  };
}
