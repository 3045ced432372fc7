import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { Option } from 'commander';
import { localToday } from '../analyze/dates.js';
import { BLOCKING_RULES } from '../analyze/rule-registry.js';
import { diffTeams } from '../analyze/team-diff.js';
import type { TeamCheck } from '../pipeline/check-team-file.js';
import { fileResult } from '../core/finding.js';
import { colors, useColor } from '../present/colors.js';
import { diffText } from '../present/diff-text.js';
import { REPORT_FORMATS } from '../present/formatter-registry.js';
import type { RegisterCommand } from './command.js';
import { checkPaths } from '../pipeline/check-paths.js';
import { reportRunErrors } from '../pipeline/run-errors.js';
import { EXIT } from '../core/exit-codes.js';
import { parseDateOption } from './options.js';
import { carechartVersion } from '../core/version.js';

interface DiffOptions {
  format: 'text' | 'json';
  model?: string;
  config?: string;
  today?: string;
  color?: boolean;
}

export const registerDiff: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('diff')
    .description('What changed between two versions of a team: who joined or left, who gained or lost which duty or decision, which gaps opened or closed.')
    .argument('<old>', 'the earlier team file')
    .argument('<new>', 'the later team file')
    .addOption(new Option('-f, --format <format>', 'output').choices(['text', 'json']).default('text'))
    .option('-m, --model <name|file>', "override both files' model")
    .option('-c, --config <file>', 'config file (default: the nearest .carechart.yaml upward)')
    .option('--today <date>', 'the date review-overdue compares with (YYYY-MM-DD)', parseDateOption)
    .option('--no-color', 'no colors')
    .addHelpText('after', '\nExit status: 0 no new gaps, 1 new errors or warnings (or a file that cannot be read), 2 the run failed.\n\nExamples:\n  $ carechart diff examples/rivera-enrollment.yaml examples/rivera-after-questions.yaml\n  $ git show HEAD~1:team.yaml > /tmp/old.yaml && carechart diff /tmp/old.yaml team.yaml --format json')
    .action(async (oldPath: string, newPath: string, opts: DiffOptions) => {
      setStatus(await diffCommand(oldPath, newPath, opts));
    });

  async function diffCommand(oldPath: string, newPath: string, opts: DiffOptions): Promise<number> {
    const checks = await checkPaths([oldPath, newPath], { model: opts.model, config: opts.config, today: opts.today ?? localToday() }, io);
    // The same file twice is found once: it is then compared with itself.
    const before = checks[0]!;
    const after = checks[1] ?? before;
    if (reportRunErrors(checks, io)) return EXIT.failure;
    const unreadable = [before, after].filter((c) => !c.team || c.result.findings.some((f) => BLOCKING_RULES.has(f.rule)));
    if (unreadable.length > 0) {
      const blocking = unreadable.map((c) => fileResult(c.result.file, c.result.model, c.result.findings.filter((f) => BLOCKING_RULES.has(f.rule))));
      io.stderr(REPORT_FORMATS.stylish(blocking, { cwd: io.cwd, colors: colors(false), version: carechartVersion(), say: loadMessages(DEFAULT_LANG) }));
      return EXIT.findings;
    }
    const diff = diffTeams(teamOf(before), teamOf(after));
    if (opts.format === 'json') io.stdout(`${JSON.stringify({ version: 1, old: before.result.file, new: after.result.file, ...diff }, null, 2)}\n`);
    else io.stdout(diffText(diff, after.model!, colors(useColor(io, io.stdoutIsTTY, opts.color))));
    return diff.gapsOpened.some((f) => f.severity !== 'info') ? EXIT.findings : EXIT.ok;
  }
};

function teamOf(check: TeamCheck) {
  return { team: check.team!, findings: check.result.findings };
}
