import { Option } from 'commander';
import { resolve } from 'node:path';
import { localToday } from '../analyze/dates.js';
import type { RunError } from '../pipeline/check-team-file.js';
import type { FileResult } from '../core/finding.js';
import { colors, useColor } from '../present/colors.js';
import { progress } from '../present/progress.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, type ReportFormat } from '../present/formatter-registry.js';
import { REPORT_STREAMS } from '../present/report-stream.js';
import { checkInTurn, noTeamFile, planChecks } from '../pipeline/check-files.js';
import { describeRunError } from '../pipeline/run-errors.js';
import { collectorByGrowth, FILES_PER_LOOK, FIRST_LOOK } from './collect-garbage.js';
import { EXIT } from '../core/exit-codes.js';
import { ReportBuffer } from './report-buffer.js';
import { add, reportPart, type ReportHow } from './report-part.js';
import type { Io } from '../core/io.js';
import type { RegisterCommand } from './command.js';
import { parseCount, parseDateOption } from './options.js';
import { carechartVersion } from '../core/version.js';

export interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  model?: string;
  config?: string;
  today: string;
  color?: boolean;
}

export const registerCheck: RegisterCommand = (program, { io, setStatus }) => {
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
    .addHelpText(
      'after',
      '\nExamples:\n  $ carechart check examples/rivera-enrollment.yaml\n  $ carechart check teams/ --format json -o report.json\n  $ carechart check "teams/**/*.yaml" --model wraparound --max-warnings 0',
    )
    .action(async (paths: string[], opts: Omit<CheckCommandOptions, 'today'> & { today?: string }) => {
      setStatus(await checkCommand(paths, { ...opts, today: opts.today ?? localToday() }, io));
    });
};

/**
 * Files found from the paths given, each checked and reported as soon as its turn comes, so that
 * memory stays flat however many files there are; exit status from what was found.
 */
export async function checkCommand(paths: string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const plan = await planChecks(paths, { model: opts.model, config: opts.config, today: opts.today }, io);
  const enabled = !opts.output && useColor(io, io.stdoutIsTTY, opts.color);
  const stream = opts.output ? undefined : REPORT_STREAMS[opts.format];
  const how: ReportHow = { format: opts.format, streamed: stream !== undefined, colors: enabled, quiet: opts.quiet === true };
  const report = new ReportBuffer();
  const kept: FileResult[] = [];
  const runErrors = new Map<string, RunError>();
  const found = { errorCount: 0, warningCount: 0, infoCount: 0 };
  const shown = { ...found };
  let count = 0;
  if (stream) report.write(stream.begin());
  // Many files are long work: a progress line on a terminal's stderr (nothing when piped).
  const bar = plan.files.length > PROGRESS_FROM ? progress(io, plan.files.length, 'Checking team files') : undefined;
  const collectIfGrown = collectorByGrowth();
  for await (const { file, check, index } of checkInTurn(plan)) {
    if (index >= FIRST_LOOK && index % FILES_PER_LOOK === 0) collectIfGrown();
    const part = reportPart(check ? [check] : [], how);
    bar?.start(file.display);
    bar?.done();
    for (const e of part.runErrors) if (!runErrors.has(e.file)) runErrors.set(e.file, e);
    add(found, part.found);
    add(shown, part.shown);
    if (part.text !== undefined && part.files > 0) report.write((count > 0 ? stream!.separator : '') + part.text);
    if (part.results) kept.push(...part.results);
    count += part.files;
  }
  bar?.clear();
  if (count === 0) throw noTeamFile(plan.paths);
  if (runErrors.size > 0) {
    report.discard();
    for (const e of runErrors.values()) io.stderr(describeRunError(e, io.cwd));
    return EXIT.failure;
  }
  const context = { cwd: io.cwd, colors: colors(enabled), version: carechartVersion() };
  if (stream) {
    report.write(stream.end(shown, count, context.colors));
    await report.flush((text) => io.stdout(text), io.drain);
  } else {
    const text = REPORT_FORMATS[opts.format](kept, context);
    if (!opts.output) io.stdout(text);
    else {
      const { atomicWrite } = await import('../write/atomic-write.js');
      await atomicWrite(resolve(io.cwd, opts.output), text, plan.files.map((f) => resolve(io.cwd, f.display)));
    }
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && found.warningCount > opts.maxWarnings;
  return found.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

const PROGRESS_FROM = 20;
