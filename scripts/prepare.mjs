// `prepare`: builds dist/ (scripts/build.mjs), which is git-ignored and so not in a clone.
// npm runs it for a git install in a fresh clone after installing the clone's dependencies there,
// but a global git install (npm install -g git+…) hands npm_config_global=true to that install,
// which then installs into the global prefix instead: the clone has no node_modules/ and no esbuild.
// Then the build's own needs are installed here first, at the versions package-lock.json pins.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const has = (name) => existsSync(new URL(`node_modules/${name}/package.json`, root));

if (!has('esbuild')) {
  const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
  const esbuild = lock.packages['node_modules/esbuild'].version;
  console.error(`carechart: installing what the build needs (the dependencies and esbuild@${esbuild}) into the clone`);
  // A plain local install, without the settings of the global one npm left in the environment
  // (npm_config_global, _prefix, _force); --ignore-scripts: no second `prepare`; --no-save:
  // package.json and the lock stay as they are; --omit=dev: of the tools, only esbuild.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const args = ['install', '--no-save', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', `esbuild@${esbuild}`];
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, env, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
}

await import('./build.mjs');
