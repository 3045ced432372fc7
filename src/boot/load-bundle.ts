import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCachedScript } from './cached-script.js';
import { openCodeCache } from './code-cache.js';
import { enableNodeCompileCache } from './node-compile-cache.js';
import { vendorRequire } from './vendor-require.js';

/** Set by scripts/build.mjs: a hash of dist/carechart.cjs and dist/vendor/, so that a cache never outlives its code. */
declare const CARECHART_BUILD: string;

export interface BundleExports {
  run(): Promise<void>;
}

export interface LoadedBundle {
  exports: BundleExports;
  /** Leaves V8's code for the bundle, and for the libraries it loaded, for the next run. */
  saveCaches(isCheck: boolean): void;
}

/**
 * Runs the bundle (dist/carechart.cjs) as a script compiled from V8's code cache when there is
 * one; compiling the bundle from source would be a fifth of a short run. The libraries in
 * dist/vendor/ it requires are loaded the same way, each with its own cache.
 */
export function loadBundle(): LoadedBundle {
  const file = fileURLToPath(new URL('./carechart.cjs', import.meta.url));
  // CARECHART_CODE_CACHE=node on Node ≥ 22: Node caches what it compiles, dist/vendor/ included.
  if (enableNodeCompileCache()) {
    Object.assign(globalThis, { __carechartUrl: pathToFileURL(file).href });
    return { exports: createRequire(file)(file) as BundleExports, saveCaches: () => {} };
  }
  const vendor = vendorRequire(createRequire(file), dirname(file), CARECHART_BUILD);
  const bundle = runCachedScript(file, openCodeCache(CARECHART_BUILD, 'carechart'), {
    require: vendor.require,
    globals: { __carechartUrl: pathToFileURL(file).href },
  });
  return {
    exports: bundle.exports as BundleExports,
    saveCaches(isCheck) {
      // A check's cache holds what a check compiles: it is kept over one written by another command.
      if (bundle.cache === 'missing' || (bundle.cache === 'partial' && isCheck)) bundle.saveCache(isCheck);
      vendor.saveCaches();
    },
  };
}
