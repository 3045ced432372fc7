import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { openCodeCache, type CodeCache } from './code-cache.js';

/** Set by scripts/build.mjs: a hash of dist/carechart.cjs, so that a cache never outlives its code. */
declare const CARECHART_BUILD: string;

export interface BundleExports {
  run(): Promise<void>;
}

export interface LoadedBundle {
  exports: BundleExports;
  /** Leaves V8's code for the bundle, as compiled so far, for the next run. */
  saveCache(complete: boolean): void;
  /** `missing` also when V8 refused the cache; `partial` when it was written by a run other than `check`. */
  cache: 'off' | 'missing' | 'partial' | 'complete';
}

/**
 * Runs the bundle (dist/carechart.cjs) as a script compiled from V8's code cache when there is
 * one. Compiling the bundle from source would be a fifth of a short run; Node 20 caches nothing.
 */
export function loadBundle(): LoadedBundle {
  const file = fileURLToPath(new URL('./carechart.cjs', import.meta.url));
  // esbuild writes ASCII only, so latin1 reads it as it is, without decoding UTF-8.
  const source = readFileSync(file, 'latin1');
  const cache: CodeCache | undefined = openCodeCache(CARECHART_BUILD);
  const cachedData = cache?.read();
  const wrapper = `(function (exports, require, module, __filename, __dirname, __carechartUrl, __imp_) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData });
  const bundle = { exports: {} as BundleExports };
  const start = script.runInThisContext() as (...args: unknown[]) => void;
  const importModule = (specifier: string) => import(specifier);
  start(bundle.exports, createRequire(file), bundle, file, dirname(file), pathToFileURL(file).href, importModule);
  return {
    exports: bundle.exports,
    cache: !cache ? 'off' : cachedData === undefined || script.cachedDataRejected === true ? 'missing' : cache.partial ? 'partial' : 'complete',
    saveCache: (complete) => cache?.write(script.createCachedData(), complete),
  };
}
