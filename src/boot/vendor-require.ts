import { join } from 'node:path';
import { runCachedScript, type CachedScript } from './cached-script.js';
import { openCodeCache } from './code-cache.js';

/**
 * The `require` the bundle is given: Node's own, except for the libraries scripts/build.mjs puts
 * in dist/vendor/ (zod, yaml, handlebars, puppeteer), which run from code caches of their own.
 * puppeteer alone took 110 ms to compile, a tenth of printing one chart. `dir`: dist/.
 */
export function vendorRequire(base: NodeJS.Require, dir: string, build: string): { require: NodeJS.Require; saveCaches(): void } {
  const loaded = new Map<string, CachedScript>();
  const require = Object.assign((id: string) => {
    const name = /^\.\/vendor\/([\w-]+)\.cjs$/.exec(id)?.[1];
    if (!name) return base(id);
    let script = loaded.get(name);
    if (!script) {
      script = runCachedScript(join(dir, 'vendor', `${name}.cjs`), openCodeCache(build, name));
      loaded.set(name, script);
    }
    return script.exports;
  }, base);
  return {
    require,
    saveCaches() {
      for (const script of loaded.values()) if (script.cache === 'missing') script.saveCache(false);
    },
  };
}
