import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GROUP_BY, type GroupBy } from '../analyze/audit/audit-tables.js';
import type { AuditedTeam } from '../analyze/audit/audit-tally.js';
import { ProgramAudit } from '../analyze/audit/program-audit.js';
import { localToday } from '../analyze/dates.js';
import type { RunError } from '../pipeline/check-team-file.js';
import { readReport, ReportError } from '../pipeline/read-reports.js';
import { AUDIT_FORMAT_NAMES, type AuditFormat } from '../present/audit/audit-formats.js';
import { checkInTurn, noTeamFile, planChecks } from '../pipeline/check-files.js';
import { describeRunError } from '../pipeline/run-errors.js';
import type { RegisterCommand } from './command.js';
import { EXIT, UsageError } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { parseDateOption } from './options.js';

export interface AuditOptions {
  format: AuditFormat;
  output?: string;
  model?: string;
  config?: string;
  today: string;
  by?: GroupBy;
}

export const registerAudit: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('audit')
    .description("A program's audit across its families: gaps by rule, who holds each duty, lead role, review cadence.")
    .argument('[paths...]', 'team files, folders or globs, or JSON reports of carechart check -f json (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'audit format').choices(AUDIT_FORMAT_NAMES).default('md'))
    .option('-o, --output <file>', 'write the audit to a file (atomically) instead of stdout')
    .option('-m, --model <name|file>', "override every team file's model (not used for reports)")
    .option('-c, --config <file>', 'config file (default: the nearest .carechart.yaml upward)')
    .option('--today <date>', 'the date review dates are judged on (YYYY-MM-DD)', parseDateOption)
    .addOption(new Option('--by <group>', 'the same tables per organization, program or model').choices(GROUP_BY))
    .addHelpText(
      'after',
      '\nExamples:\n  $ carechart audit examples/program\n  $ carechart audit teams/ -f html -o audit.html --by organization\n  $ carechart audit reports/*.json >> "$GITHUB_STEP_SUMMARY"',
    )
    .action(async (paths: string[], opts: Omit<AuditOptions, 'today'> & { today?: string }) => {
      setStatus(await auditCommand(paths, { ...opts, today: opts.today ?? localToday() }, io));
    });
};

/** Team files are checked one at a time and reports read one at a time; only the counts are kept (and the teams, for csv). */
export async function auditCommand(paths: string[], opts: AuditOptions, io: Io): Promise<number> {
  const audit = new ProgramAudit(opts.today, opts.by ?? null);
  const kept: AuditedTeam[] = [];
  const seen = new Map<string, string>();
  const add = (team: AuditedTeam, from: string) => {
    const earlier = seen.get(team.file);
    if (earlier !== undefined) throw new UsageError(`${team.file} is counted twice (in ${earlier} and ${from}): give each report or team file once`);
    seen.set(team.file, from);
    audit.add(team);
    if (opts.format === 'csv') kept.push(team);
  };
  const inputs: string[] = [];
  const reports = await reportPaths(paths, io.cwd);
  const teamPaths = paths.filter((p) => !/\.json$/i.test(p));
  for (const report of reports) {
    inputs.push(resolve(io.cwd, report));
    try {
      for (const team of readReport(resolve(io.cwd, report), report)) add(team, report);
    } catch (error) {
      if (error instanceof ReportError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (teamPaths.length > 0 || reports.length === 0) {
    const failed = await auditTeamFiles(teamPaths, opts, io, inputs, (team) => add(team, 'the team files'));
    if (failed.length > 0) {
      for (const e of failed) io.stderr(describeRunError(e, io.cwd));
      return EXIT.failure;
    }
  }
  const { writeAudit } = await import('./audit-output.js');
  await writeAudit(audit.report(), kept, opts, io, inputs);
  return EXIT.ok;
}

/** Paths ending in `.json` are reports (a quoted glob such as "reports/*.json" too); one that names nothing is a usage error. */
async function reportPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const reports: string[] = [];
  for (const path of paths.filter((p) => /\.json$/i.test(p))) {
    if (existsSync(resolve(cwd, path))) reports.push(path);
    else if (/[*?[\]{}]/.test(path)) {
      const { glob } = await import('tinyglobby');
      const found = (await glob(path, { cwd, onlyFiles: true })).sort();
      if (found.length === 0) throw new UsageError(`No file matches ${path}`);
      reports.push(...found);
    } else throw new UsageError(`${path} does not exist`);
  }
  return reports;
}

/** load → validate → resolve → analyze per file, as `check` does; the run's own failures (a bad config or model) returned. */
async function auditTeamFiles(paths: string[], opts: AuditOptions, io: Io, inputs: string[], add: (team: AuditedTeam) => void): Promise<RunError[]> {
  const plan = await planChecks(paths, { model: opts.model, config: opts.config, today: opts.today }, io);
  inputs.push(...plan.files.map((f) => f.path));
  const failed = new Map<string, RunError>();
  let count = 0;
  for await (const { check } of checkInTurn(plan)) {
    if (!check) continue;
    if (check.runError && !failed.has(check.runError.file)) failed.set(check.runError.file, check.runError);
    add(check.result);
    count++;
  }
  if (count === 0) throw noTeamFile(paths);
  return [...failed.values()];
}
