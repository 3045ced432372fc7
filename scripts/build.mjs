// Builds dist/: the CLI as one script run from V8's code cache (src/boot/), the libraries only some
// runs need (zod, yaml, handlebars, puppeteer) as scripts of their own beside it, and the built-in
// models compiled to JSON.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
/** Loaded when first needed, each from a code cache of its own (src/boot/vendor-require.ts). */
const VENDOR = ['zod', 'yaml', 'handlebars', 'puppeteer-core'];

const vendor = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDOR.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.cjs`, external: true }));
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

// The team schema's fast validator, generated from the zod schema before anything is bundled.
const generator = new URL('fast-team-generator.mjs', dist);
await build({
  ...common,
  stdin: {
    contents: "export { fastTeamModule } from './scripts/fast-validator.ts'; export { teamSchema } from './src/validate/team-schema.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: generator.pathname,
  format: 'esm',
});
const { fastTeamModule, teamSchema } = await import(pathToFileURL(generator.pathname).href);
await rm(generator);
const fastTeamFile = new URL('../src/validate/fast-team.generated.ts', import.meta.url);
const fastTeamCode = fastTeamModule(teamSchema);
if ((await readFile(fastTeamFile, 'utf8').catch(() => '')) !== fastTeamCode) await writeFile(fastTeamFile, fastTeamCode);

await build({
  ...common,
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/carechart.cjs',
  format: 'cjs',
  // @puppeteer/browsers: only to find a browser it installed, when its cache folder exists.
  external: ['@puppeteer/browsers'],
  plugins: [vendor, lazyChildProcess],
  // The bundle runs as a script (node:vm), where import() would need Node 20's experimental loader
  // hook: every import() becomes a require().
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__carechartUrl' },
  // Less to read and hash on every start; names stay, for readable stack traces.
  minifyWhitespace: false,
  minifySyntax: false,
  sourcemap: 'linked',
});

const bundled = await readFile(new URL('carechart.cjs', dist), 'utf8');
if (/\bimport\(/.test(bundled)) throw new Error('dist/carechart.cjs still calls import()');

const vendored = [];
for (const name of VENDOR) {
  const outfile = `dist/vendor/${name}.cjs`;
  // puppeteer only loses its whitespace, so that what it throws stays readable.
  const minify = name === 'puppeteer-core' ? { minifyWhitespace: true } : { minify: true };
  await build({ ...common, stdin: { contents: `module.exports = require('${name}');`, resolveDir: '.' }, outfile, format: 'cjs', ...minify });
  vendored.push(await readFile(outfile));
}

// Names the code caches: a cache never outlives the code it was made from.
const hash = createHash('sha256').update(bundled);
for (const code of vendored) hash.update(code);
const bundleHash = hash.digest('hex').slice(0, 16);
// CommonJS, as bin/carechart.js is (bin/package.json): Node's ES module loader cost a one-file
// check about 10 ms, a tenth of its time.
await build({
  ...common,
  entryPoints: ['src/boot/run-bundle.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  packages: 'external',
  define: { CARECHART_BUILD: JSON.stringify(bundleHash), 'import.meta.url': '__cliUrl' },
  banner: { js: "const __cliUrl = require('node:url').pathToFileURL(__filename).href;" },
});

/**
 * Runs a compiler of src/ (bundled for the moment) and writes what it returns, NAME → JSON text,
 * into dist/FOLDER/NAME.json.
 */
async function compileInto(folder, entry, exported) {
  const compiler = new URL(`compile-${folder}.mjs`, dist);
  await build({
    ...common,
    entryPoints: [entry],
    outfile: compiler.pathname,
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const compile = (await import(pathToFileURL(compiler.pathname).href))[exported];
  await rm(compiler);
  await mkdir(new URL(`${folder}/`, dist), { recursive: true });
  for (const [name, json] of Object.entries(await compile())) await writeFile(new URL(`${folder}/${name}.json`, dist), json);
}

// The built-in models, validated once here instead of on every run (src/resolve/compiled-model.ts).
await compileInto('models', 'src/resolve/compile-models.ts', 'compileBuiltinModels');
// The locales, flattened and their messages parsed once here instead of on every run (src/i18n/).
await compileInto('locales', 'src/i18n/compile-locales.ts', 'compileLocales');
