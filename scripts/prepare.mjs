// `prepare`: builds dist/ (scripts/build.mjs), which is git-ignored and so not in a clone.
// npm runs it for a git install in a fresh clone after installing the clone's dependencies there,
// but a global git install (npm install -g git+…) hands npm_config_global=true to that install,
// which then works on the global folder instead: the clone's node_modules/ lacks esbuild, and npm
// is still writing to it. Then the build runs in a copy of the clone, after a plain `npm ci` there
// (the versions package-lock.json pins, as a local git install gets), and dist/ is copied back.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, realpathSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const globalInstall = process.env.npm_config_global === 'true' && (process.env.npm_config_global_prefix || process.env.npm_config_prefix);

if (existsSync(join(root, 'node_modules', 'esbuild', 'package.json'))) {
  await import('./build.mjs');
} else {
  const copy = mkdtempSync(join(tmpdir(), 'carechart-build-'));
  try {
    console.error(`carechart: esbuild is not installed here; building in ${copy}`);
    cpSync(root, copy, { recursive: true, filter: (path) => !path.startsWith(join(root, 'node_modules')) });
    // None of the global install's settings (npm_config_global, _prefix, _force, ...).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['ci', '--include=dev', '--no-audit', '--no-fund'], { cwd: copy, env, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    cpSync(join(copy, 'dist'), join(root, 'dist'), { recursive: true });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// The same global-mode install linked the global carechart to this clone, which npm deletes when
// done: the link would be left dangling, and npm writes its own copy of the package through it.
// A real copy of the clone in its place stays after the clone is gone.
if (globalInstall) {
  const modules = process.platform === 'win32' ? globalInstall : join(globalInstall, 'lib');
  const link = join(modules, 'node_modules', process.env.npm_package_name ?? 'carechart');
  let linked = false;
  try {
    linked = lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(root);
  } catch {
    // no link: nothing to undo
  }
  if (linked) {
    unlinkSync(link);
    cpSync(root, link, { recursive: true, dereference: true, filter: (path) => !path.startsWith(join(root, '.git')) });
  }
}
