import Module from 'node:module';
import { privateCacheFolder } from './code-cache.js';

interface CompileCacheApi {
  enableCompileCache?: (dir?: string) => { status: number };
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/**
 * Node's own compile cache (module.enableCompileCache, Node ≥ 22.1) for every file required from
 * now on, kept in carechart's private cache folder (code-cache.ts: a cache is code that runs).
 * False where Node has none, the folder is not private, or CARECHART_CODE_CACHE is `off` or
 * `carechart` (the hand-made cache, src/boot/cached-script.ts, on any Node).
 */
export function enableNodeCompileCache(): boolean {
  const mode = process.env.CARECHART_CODE_CACHE;
  const api = Module as unknown as CompileCacheApi;
  if (mode === 'off' || mode === 'carechart' || !api.enableCompileCache) return false;
  // Beside the hand-made cache's folder, which holds the files of one build only.
  const dir = privateCacheFolder('-node');
  if (!dir) return false;
  const { status } = api.enableCompileCache(dir);
  const ok = api.constants?.compileCacheStatus;
  return status === ok?.ENABLED || status === ok?.ALREADY_ENABLED;
}
