import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { checkLanguage } from '../i18n/pick-language.js';
import { Option } from 'commander';
import { resolve } from 'node:path';
import { localToday } from '../analyze/dates.js';
import type { RunError } from '../pipeline/check-team-file.js';
import { fileResult, type FileResult } from '../core/finding.js';
import { colors, useColor } from '../present/colors.js';
import { progress } from '../present/progress.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, type ReportFormat } from '../present/formatter-registry.js';
import type { Totals } from '../present/report.js';
import { REPORT_STREAMS } from '../present/report-stream.js';
import { checkInTurn, noTeamFile, planChecks } from '../pipeline/check-files.js';
import { describeRunError } from '../pipeline/run-errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import type { RegisterCommand } from './command.js';
import { parseCount, parseDateOption } from './options.js';
import { HeldReport } from './held-report.js';
import { repositoryRoot } from './repository-root.js';
import { parseShard, shardOf } from './shard.js';
import { carechartVersion } from '../core/version.js';
import type { FileResultWithFacts } from '../analyze/team-facts.js';

export interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  model?: string;
  config?: string;
  today: string;
  color?: boolean;
  /** `--shard K/N`: only the K-th of N slices of the sorted file list. */
  shard?: string;
  baseDir?: string;
  lang?: string;
}

export const registerCheck: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('check')
    .description('Lint team files: every gap in the team, located and explained.')
    .argument('[paths...]', 'team files, folders or globs (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically; - for stdout) instead of stdout')
    .option('--max-warnings <n>', 'fail when warnings exceed n', parseCount)
    .option('--quiet', 'report errors only')
    .option('-m, --model <name|file>', "override every file's model")
    .option('-c, --config <file>', 'config file (default: the nearest .carechart.yaml upward)')
    .option('--today <date>', 'the date review-overdue compares with (YYYY-MM-DD)', parseDateOption)
    .option('--no-color', 'no colors')
    .option('--shard <K/N>', 'check only the K-th of N slices of the sorted file list (for a CI matrix)')
    .option('--base-dir <dir>', 'what sarif, github and junit paths are relative to (default: the git repository\'s top folder)')
    .option('--lang <lang>', 'the language of the findings and the report (en, es); over the team file\'s and the config\'s `lang`')
    .addHelpText(
      'after',
      '\nExamples:\n  $ carechart check examples/rivera-enrollment.yaml\n  $ carechart check teams/ --format json -o report.json\n  $ carechart check "teams/**/*.yaml" --model wraparound --max-warnings 0\n  $ carechart check teams/ --shard 2/8 -f json -o part-2.json',
    )
    .action(async (paths: string[], opts: Omit<CheckCommandOptions, 'today'> & { today?: string }) => {
      setStatus(await checkCommand(paths, { ...opts, today: opts.today ?? localToday() }, io));
    });
};

/**
 * Files found from the paths given, each checked in turn and formatted as soon as it is (the
 * formats with a stream), so that a run holds report text, not every file's results; the report is
 * written once the run is known not to have failed. Exit status from what was found.
 */
async function checkCommand(paths: string[], given: CheckCommandOptions, io: Io): Promise<number> {
  // `-o -` is stdout, as for render.
  const opts = given.output === '-' ? { ...given, output: undefined } : given;
  checkLanguage(opts.lang);
  const say = loadMessages(opts.lang ?? DEFAULT_LANG);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const planned = await planChecks(paths, { model: opts.model, config: opts.config, today: opts.today, lang: opts.lang }, io);
  // A shard may be empty (more machines than files): an empty report, not a failure.
  const plan = shard ? { ...planned, files: shardOf(planned.files, shard) } : planned;
  const c = colors(!opts.output && useColor(io, io.stdoutIsTTY, opts.color));
  const stream = opts.output ? undefined : REPORT_STREAMS[opts.format];
  const held = new HeldReport(stream?.separator ?? '');
  const kept: FileResult[] = [];
  const runErrors = new Map<string, RunError>();
  const found = zero();
  const shown = zero();
  // JUnit's `time`: files are checked in turn, so each took the time since the one before.
  const seconds = new Map<string, number>();
  let since = milliseconds();
  // Many files are long work: a progress line on a terminal's stderr (nothing when piped).
  const bar = plan.files.length > PROGRESS_FROM ? progress(io, plan.files.length, 'Checking team files') : undefined;
  for await (const { file, check } of checkInTurn(plan)) {
    bar?.start(file.display);
    bar?.done();
    if (!check) continue;
    if (check.runError && !runErrors.has(check.runError.file)) runErrors.set(check.runError.file, check.runError);
    const result = opts.quiet ? errorsOnly(check.result) : check.result;
    add(found, check.result);
    add(shown, result);
    if (stream) held.add(stream.file(result, c, say));
    else kept.push(result);
    const now = milliseconds();
    seconds.set(result.file, (now - since) / 1000);
    since = now;
  }
  bar?.clear();
  const count = stream ? held.count : kept.length;
  if (count === 0 && !shard) throw noTeamFile(plan.paths);
  if (runErrors.size > 0) {
    for (const e of runErrors.values()) io.stderr(describeRunError(e, io.cwd));
    return EXIT.failure;
  }
  if (stream) await held.writeTo(io, stream.begin(), stream.end(shown, count, c, say));
  else {
    const root = opts.baseDir ? resolve(io.cwd, opts.baseDir) : repositoryRoot(io.cwd);
    const text = REPORT_FORMATS[opts.format](kept, { cwd: io.cwd, colors: c, version: carechartVersion(), root, seconds, say });
    if (!opts.output) io.stdout(text);
    else {
      const { atomicWrite } = await import('../write/atomic-write.js');
      await atomicWrite(resolve(io.cwd, opts.output), text, plan.files.map((f) => f.path), opts.output);
    }
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && found.warningCount > opts.maxWarnings;
  return found.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

const PROGRESS_FROM = 20;
// Not performance.now(): the global loads Node's perf_hooks, a few milliseconds of a one-file run.
const milliseconds = () => Number(process.hrtime.bigint()) / 1e6;
const zero = (): Totals => ({ errorCount: 0, warningCount: 0, infoCount: 0 });

function add(sum: Totals, counts: Totals): void {
  sum.errorCount += counts.errorCount;
  sum.warningCount += counts.warningCount;
  sum.infoCount += counts.infoCount;
}

/** `--quiet`: errors only; what `audit` reads of the team stays. */
function errorsOnly(result: FileResultWithFacts): FileResultWithFacts {
  return { ...fileResult(result.file, result.model, result.findings.filter((f) => f.severity === 'error')), facts: result.facts };
}
