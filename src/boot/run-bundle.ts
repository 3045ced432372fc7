import { loadBundle } from './load-bundle.js';

/** dist/cli.js: the CLI, from the bundle; a `check` leaves the code it compiled for the next run. */
export async function run(): Promise<void> {
  const bundle = loadBundle();
  await bundle.exports.run();
  const isCheck = process.argv[2] === 'check';
  if (bundle.cache === 'missing' || (bundle.cache === 'partial' && isCheck)) bundle.saveCache(isCheck);
}
