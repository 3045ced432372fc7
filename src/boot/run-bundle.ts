import { setCompilerBudget } from './compiler-budget.js';
import { loadBundle } from './load-bundle.js';

/** dist/cli.cjs: the CLI, from the bundle; a run leaves the code it compiled for the next one. */
export async function run(): Promise<void> {
  setCompilerBudget();
  const bundle = loadBundle();
  await bundle.exports.run();
  bundle.saveCaches(process.argv[2] === 'check');
}
