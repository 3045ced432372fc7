import { processIo } from '../core/io.js';
import { main } from './main.js';

/** The binary's entry: the real process around `main`. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIo());
}
