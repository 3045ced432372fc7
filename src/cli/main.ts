import { Command, CommanderError } from 'commander';
import { registerCheck } from './check-command.js';
import { registerRender } from './render-command.js';
import { registerDiff } from './diff-command.js';
import { registerExplain } from './explain-command.js';
import { registerInit } from './init-command.js';
import { registerModels } from './models-command.js';
import { registerSchema } from './schema-command.js';
import { registerAudit } from './audit-command.js';
import type { RegisterCommand } from './command.js';
import { EXIT, RunFailure, UsageError } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { WriteFailed } from '../write/write-failed.js';
import { carechartVersion } from '../core/version.js';

/** Every command, each in its own module. */
const COMMANDS: [string, RegisterCommand][] = [
  ['check', registerCheck],
  ['render', registerRender],
  ['diff', registerDiff],
  ['explain', registerExplain],
  ['init', registerInit],
  ['models', registerModels],
  ['schema', registerSchema],
  ['audit', registerAudit],
];

/** The whole CLI as a function: arguments in, exit status out. Nothing here calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let status: number = EXIT.ok;
  const debug = argv.includes('--debug');
  const program = new Command('carechart')
    .description("Check a child's care team and print its responsibility chart.")
    .version(carechartVersion(), '-V, --version')
    .option('--debug', 'print the stack of an unexpected error')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  const context = { io, setStatus: (s: number) => void (status = s) };
  // A run names its command first: only that one is built (the others cost a short run milliseconds).
  const named = COMMANDS.filter(([name]) => name === argv[0]);
  for (const [, register] of named.length > 0 ? named : COMMANDS) register(program, context);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    if (error instanceof RunFailure) {
      io.stderr(error.message);
      return EXIT.failure;
    }
    if (error instanceof UsageError || error instanceof WriteFailed) {
      io.stderr(`carechart: ${error.message}\n`);
      return EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`carechart: unexpected error (this is a bug; please report it): ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
}
