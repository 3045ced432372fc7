// Builds dist/: the CLI as one script run from V8's code cache (src/boot/), zod and yaml beside it
// for the files the fast path leaves to them, and the built-in models compiled to JSON.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// What only `render` needs stays outside and is loaded when a chart is printed.
const RENDER_ONLY = ['@puppeteer/browsers', 'handlebars'];
const VENDOR = ['zod', 'yaml'];

/** zod and yaml as files of their own, loaded only for a file the fast reader or validator leaves to them. */
const vendor = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDOR.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.cjs`, external: true }));
    b.onResolve({ filter: /^puppeteer-core$/ }, () => ({ path: './vendor/puppeteer-core.mjs', external: true }));
  },
};

/** commander requires node:child_process (with net, dgram, streams) for subcommands carechart has not. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/carechart.cjs',
  format: 'cjs',
  external: RENDER_ONLY,
  plugins: [vendor, lazyChildProcess],
  define: { 'import.meta.url': '__carechartUrl' },
  // Less to read and hash on every start; names stay, for readable stack traces.
  minifyWhitespace: false,
  minifySyntax: false,
  sourcemap: 'linked',
});

// The bundle runs as a script (node:vm), where import() would need Node 20's experimental loader
// hook: the imports render makes (puppeteer) go through a function the ESM loader gives it
// (src/boot/load-bundle.ts), named to keep every column of the source map in place.
const bundleFile = new URL('carechart.cjs', dist);
const bundled = (await readFile(bundleFile, 'utf8')).replaceAll('import("', '__imp_("');
if (/\bimport\(/.test(bundled)) throw new Error('dist/carechart.cjs still calls import()');
await writeFile(bundleFile, bundled);

for (const name of VENDOR) {
  await build({ ...common, stdin: { contents: `export * from '${name}';`, resolveDir: '.' }, outfile: `dist/vendor/${name}.cjs`, format: 'cjs', minify: true });
}

// puppeteer in one file: loading it from its hundreds of modules took a fifth of a one-chart run.
await build({
  ...common,
  stdin: { contents: "export * from 'puppeteer-core'; export { default } from 'puppeteer-core';", resolveDir: '.' },
  outfile: 'dist/vendor/puppeteer-core.mjs',
  format: 'esm',
  minifyWhitespace: true,
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

const bundleHash = createHash('sha256').update(bundled).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/boot/run-bundle.ts'],
  outfile: 'dist/cli.js',
  format: 'esm',
  packages: 'external',
  define: { CARECHART_BUILD: JSON.stringify(bundleHash) },
});

// The built-in models, validated once here instead of on every run (src/resolve/compiled-model.ts).
const compiler = new URL('compile-models.mjs', dist);
await build({
  ...common,
  entryPoints: ['src/resolve/compile-models.ts'],
  outfile: compiler.pathname,
  format: 'esm',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { compileBuiltinModels } = await import(pathToFileURL(compiler.pathname).href);
await rm(compiler);
await mkdir(new URL('models/', dist), { recursive: true });
for (const [name, json] of Object.entries(await compileBuiltinModels())) {
  await writeFile(new URL(`models/${name}.json`, dist), json);
}
