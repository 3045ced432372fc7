import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The top folder of the git repository `cwd` is in (where `.git` is: a folder, or a file in a
 * worktree or submodule), found without running git; undefined outside a repository. CI reports
 * give paths relative to it, as GitHub wants them.
 */
export function repositoryRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
