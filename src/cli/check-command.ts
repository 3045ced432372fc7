import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { checkLanguage } from '../i18n/pick-language.js';
import { Option } from 'commander';
import { resolve } from 'node:path';
import { localToday } from '../analyze/dates.js';
import type { CheckOptions, RunError, TeamCheck } from '../analyze/check-team-file.js';
import type { FileResult } from '../analyze/finding.js';
import { colors } from '../present/colors.js';
import { progress } from '../present/progress.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, type ReportFormat } from '../present/formatter-registry.js';
import { REPORT_STREAMS } from '../present/report-stream.js';
import { loadModel } from '../resolve/load-model.js';
import type { Model } from '../resolve/model.js';
import { checkInTurn, checkOne, noTeamFile, planChecks } from './check-files.js';
import { EXIT, RunFailure } from './exit-codes.js';
import { ReportBuffer } from './report-buffer.js';
import { add, type ReportHow } from './report-part.js';
import type { Io } from './io.js';
import type { RegisterCommand } from './command.js';
import { parseCount, parseDateOption, useColor } from './options.js';
import { carechartVersion } from './version.js';

export interface CheckCommandOptions {
  format: ReportFormat;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  model?: string;
  config?: string;
  today: string;
  color?: boolean;
  lang?: string;
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
    .option('--lang <lang>', 'the language of the findings and the report (en, es); over the team file\'s and the config\'s `lang`')
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
  checkLanguage(opts.lang);
  const say = loadMessages(opts.lang ?? DEFAULT_LANG);
  const plan = await planChecks(paths, { model: opts.model, config: opts.config, today: opts.today, lang: opts.lang }, io);
  const enabled = !opts.output && useColor(io, io.stdoutIsTTY, opts.color);
  const stream = opts.output ? undefined : REPORT_STREAMS[opts.format];
  const how: ReportHow = { format: opts.format, streamed: stream !== undefined, colors: enabled, quiet: opts.quiet === true, say };
  const report = new ReportBuffer();
  const kept: FileResult[] = [];
  const runErrors = new Map<string, RunError>();
  const found = { errorCount: 0, warningCount: 0, infoCount: 0 };
  const shown = { ...found };
  let count = 0;
  if (stream) report.write(stream.begin());
  // Many files are long work: a progress line on a terminal's stderr (nothing when piped).
  const bar = plan.files.length > PROGRESS_FROM ? progress(io, plan.files.length, 'Checking team files') : undefined;
  for await (const { file, part } of checkInTurn(plan, how)) {
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
  const context = { cwd: io.cwd, colors: colors(enabled), version: carechartVersion(), say };
  if (stream) {
    report.write(stream.end(shown, count, context.colors, say));
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

/** Shared by render and diff: discovery, then load → validate → resolve → analyze per file, all kept. */
export async function checkPaths(paths: string[], opts: Omit<CheckOptions, 'cwd'>, io: Io): Promise<TeamCheck[]> {
  const plan = await planChecks(paths, opts, io);
  const checks = (await mapLimit(plan.files, 8, (f) => checkOne(f, plan.options))).filter((c) => c !== undefined);
  if (checks.length === 0) throw noTeamFile(paths);
  return checks;
}

/** Prints the run's own failures (a bad config or model file), each file once; true when there were any. */
export function reportRunErrors(checks: readonly TeamCheck[], io: Io): boolean {
  const errors = uniqueRunErrors(checks);
  for (const e of errors) io.stderr(describeRunError(e, io.cwd));
  return errors.length > 0;
}

function uniqueRunErrors(checks: readonly TeamCheck[]): RunError[] {
  const byFile = new Map<string, RunError>();
  for (const c of checks) if (c.runError && !byFile.has(c.runError.file)) byFile.set(c.runError.file, c.runError);
  return [...byFile.values()];
}

/** A model by name or path, or a RunFailure with its located problems. */
export async function requireModel(spec: string, cwd: string): Promise<Model> {
  const load = await loadModel(spec, cwd);
  if (!load.ok) throw new RunFailure(describeRunError(load, cwd));
  return load.model;
}

export function describeRunError(e: RunError, cwd: string): string {
  const lines = [`carechart: ${e.message}`];
  const rel = e.file.startsWith(cwd + '/') ? e.file.slice(cwd.length + 1) : e.file;
  for (const f of e.findings) lines.push(`  ${rel}:${f.line}:${f.column}  ${f.severity}  ${f.message}  (${f.rule})`);
  return `${lines.join('\n')}\n`;
}

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
