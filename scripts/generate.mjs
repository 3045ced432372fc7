// Writes the generated files that are committed: schema/*.schema.json (and, given a generator, more).
// `npm run generate` after changing a zod schema; test/present/json-schema.test.ts keeps them equal.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

// Bundled beside node_modules so that its packages resolve.
const out = join('node_modules', '.cache', 'carechart-generate.mjs');
await build({ entryPoints: ['scripts/generated-files.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
const { generatedFiles } = await import(pathToFileURL(out).href);
for (const [path, text] of Object.entries(await generatedFiles())) {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  console.log(`wrote ${path}`);
}
