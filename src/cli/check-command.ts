import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { localToday } from '../analyze/dates.js';
import { checkTeamFile, newRunCache, type CheckOptions, type RunError, type TeamCheck } from '../analyze/check-team-file.js';
import { fileResult, type FileResult } from '../analyze/finding.js';
import { findTeamFiles, PathError, type TeamFileRef } from '../load/find-team-files.js';
import { syntaxFinding } from '../load/syntax-finding.js';
import { colors } from '../present/colors.js';
import { progress } from '../present/progress.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, type ReportFormat } from '../present/formatter-registry.js';
import { totals } from '../present/report.js';
import { loadModel } from '../resolve/load-model.js';
import type { Model } from '../resolve/model.js';
import { atomicWrite } from '../write/atomic-write.js';
import { EXIT, RunFailure, UsageError } from './exit-codes.js';
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

/** Files found from the paths given, each checked; exit status from what was found. */
export async function checkCommand(paths: string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const checks = await checkPaths(paths, { model: opts.model, config: opts.config, today: opts.today }, io);
  if (reportRunErrors(checks, io)) return EXIT.failure;
  const results = checks.map((c) => c.result);
  const shown = opts.quiet ? results.map(errorsOnly) : results;
  const enabled = !opts.output && useColor(io, io.stdoutIsTTY, opts.color);
  const report = REPORT_FORMATS[opts.format](shown, { cwd: io.cwd, colors: colors(enabled), version: carechartVersion() });
  if (opts.output) await atomicWrite(resolve(io.cwd, opts.output), report, checks.map((c) => c.result.file).map((f) => resolve(io.cwd, f)));
  else io.stdout(report);
  const t = totals(results);
  const tooManyWarnings = opts.maxWarnings !== undefined && t.warningCount > opts.maxWarnings;
  return t.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

const PROGRESS_FROM = 20;

/** Shared by check, render and diff: discovery, then load → validate → resolve → analyze per file. */
export async function checkPaths(paths: string[], opts: Omit<CheckOptions, 'cwd'>, io: Io): Promise<TeamCheck[]> {
  if (opts.config && !existsSync(resolve(io.cwd, opts.config))) throw new UsageError(`The config file ${opts.config} does not exist`);
  let files: TeamFileRef[];
  try {
    files = await findTeamFiles(paths, io.cwd);
  } catch (error) {
    if (error instanceof PathError) throw new UsageError(error.message);
    throw error;
  }
  if (files.length === 0) {
    throw new UsageError(`No team file found in ${paths.join(', ') || 'the current folder'}: a team file is a .yaml file that starts with "carechart: 1"`);
  }
  const options: CheckOptions = { ...opts, config: opts.config && resolve(io.cwd, opts.config), cwd: io.cwd, cache: newRunCache() };
  // Many files are long work: a progress line on a terminal's stderr (nothing when piped).
  const shown = files.length > PROGRESS_FROM ? progress(io, files.length, 'Checking team files') : undefined;
  const checks = await mapLimit(files, 8, async (f) => {
    shown?.start(f.display);
    const check = await checkOne(f, options);
    shown?.done();
    return check;
  });
  shown?.clear();
  return checks;
}

async function checkOne(file: TeamFileRef, options: CheckOptions): Promise<TeamCheck> {
  try {
    return await checkTeamFile(file.path, file.display, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !['EACCES', 'EISDIR', 'ENOENT', 'EPERM', 'ELOOP', 'EIO'].includes(code)) throw error;
    const reason = code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'it no longer exists' : `the system says ${code}`;
    const at = { path: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { result: fileResult(file.display, null, [syntaxFinding(at, `This file cannot be read: ${reason}`)]) };
  }
}

function errorsOnly(result: FileResult): FileResult {
  return fileResult(result.file, result.model, result.findings.filter((f) => f.severity === 'error'));
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
