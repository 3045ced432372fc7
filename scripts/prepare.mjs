// `prepare`: builds dist/ (scripts/build.mjs), which is git-ignored and so not in a clone.
// npm runs it for a git install in a fresh clone, after installing the clone's dependencies
// there. A global git install (npm install -g git+…) breaks that: it hands npm_config_global=true
// to the clone's install, which then links the global carechart to the clone instead, installs
// no devDependencies (no esbuild), and the link dangles once npm deletes the clone. So, without
// esbuild, the build runs in a copy after a plain `npm ci` there (the versions the lock pins),
// and a global link to the clone is replaced by a real copy with the production dependencies.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdtempSync, realpathSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const skip = (...names) => (path) => !names.some((name) => path === join(root, name) || path.startsWith(join(root, name) + '/'));

if (existsSync(join(root, 'node_modules', 'esbuild', 'package.json'))) {
  await import('./build.mjs');
} else {
  const copy = mkdtempSync(join(tmpdir(), 'carechart-build-'));
  try {
    console.error(`carechart: esbuild is not installed here; building in ${copy}`);
    cpSync(root, copy, { recursive: true, filter: skip('node_modules', '.git') });
    npm(['ci', '--include=dev', '--no-audit', '--no-fund'], copy);
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    cpSync(join(copy, 'dist'), join(root, 'dist'), { recursive: true });
    const link = globalLink();
    if (link) {
      npm(['prune', '--omit=dev', '--no-audit', '--no-fund'], copy);
      unlinkSync(link);
      cpSync(root, link, { recursive: true, filter: skip('node_modules', '.git') });
      cpSync(join(copy, 'node_modules'), join(link, 'node_modules'), { recursive: true, verbatimSymlinks: true });
      chmodSync(link, 0o755);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** npm in `cwd`, with none of the global install's settings (npm_config_global, _prefix, _force, ...). */
function npm(args, cwd) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const windows = process.platform === 'win32';
  execFileSync(windows ? 'npm.cmd' : 'npm', args, { cwd, env, stdio: ['ignore', 2, 2], shell: windows });
}

/** The global carechart, when a global install linked it to this clone. */
function globalLink() {
  const prefix = process.env.npm_config_global === 'true' && (process.env.npm_config_global_prefix || process.env.npm_config_prefix);
  if (!prefix) return undefined;
  const link = join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', process.env.npm_package_name || 'carechart');
  try {
    return lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(root) ? link : undefined;
  } catch {
    return undefined;
  }
}
