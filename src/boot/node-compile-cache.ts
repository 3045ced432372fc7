import Module from 'node:module';
import { privateCacheFolder } from './code-cache.js';

interface CompileCacheApi {
  enableCompileCache?: (dir?: string) => { status: number };
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/**
 * Node's own compile cache (module.enableCompileCache, Node ≥ 22.1) for every file required from
 * now on, kept in carechart's private cache folder (code-cache.ts: a cache is code that runs).
 * Only with CARECHART_CODE_CACHE=node: measured on Node 22 and 24, a one-file check started
 * 10–20 ms slower with it than with the hand-made cache (src/boot/cached-script.ts), which is
 * written after a check and so holds the functions a check compiles lazily too. False where Node
 * has none or the folder is not private.
 */
export function enableNodeCompileCache(): boolean {
  const api = Module as unknown as CompileCacheApi;
  if (process.env.CARECHART_CODE_CACHE !== 'node' || !api.enableCompileCache) return false;
  // Beside the hand-made cache's folder, which holds the files of one build only.
  const dir = privateCacheFolder('-node');
  if (!dir) return false;
  const { status } = api.enableCompileCache(dir);
  const ok = api.constants?.compileCacheStatus;
  return status === ok?.ENABLED || status === ok?.ALREADY_ENABLED;
}
