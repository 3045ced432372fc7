import { Command, CommanderError, Option } from 'commander';
import { localToday } from '../analyze/dates.js';
import { REPORT_FORMAT_NAMES } from '../present/formatter-registry.js';
import { checkCommand, type CheckCommandOptions } from './check-command.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { parseCount, parseDateOption } from './options.js';
import { carechartVersion } from './version.js';

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

  program
    .command('check')
    .description('Lint team files: every gap in the team, located and explained.')
    .argument('[paths...]', 'team files, folders or globs (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--max-warnings <n>', 'fail when warnings exceed n', parseCount)
    .option('--quiet', 'report errors only')
    .option('-m, --model <name|file>', "override every file's model")
    .option('-c, --config <file>', 'config file (default: the nearest .carechart.yaml upward)')
    .option('--today <date>', 'the date review-overdue compares with (YYYY-MM-DD)', parseDateOption)
    .option('--no-color', 'no colors')
    .addHelpText('after', '\nExamples:\n  $ carechart check examples/rivera-enrollment.yaml\n  $ carechart check docs/teams --format json -o report.json\n  $ carechart check "teams/**/*.yaml" --model wraparound --max-warnings 0')
    .action(async (paths: string[], opts: Omit<CheckCommandOptions, 'today'> & { today?: string }) => {
      status = await checkCommand(paths, { ...opts, today: opts.today ?? localToday() }, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    if (error instanceof UsageError) {
      io.stderr(`carechart: ${error.message}\n`);
      return EXIT.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`carechart: unexpected error (this is a bug; please report it): ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
}
