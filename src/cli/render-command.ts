import { checkLanguage } from '../i18n/pick-language.js';
import { Option } from 'commander';
import { localToday } from '../analyze/dates.js';
import { FORMAT_OPTIONS, type RenderOptions } from '../render/render-options.js';
import { chartFormat } from '../render/targets.js';
import { checkPaths } from '../pipeline/check-paths.js';
import { reportRunErrors } from '../pipeline/run-errors.js';
import type { RegisterCommand } from './command.js';
import { EXIT } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { parseDateOption } from './options.js';

interface RawRenderOptions extends Omit<RenderOptions, 'today'> {
  today?: string;
  model?: string;
  config?: string;
  lang?: string;
}

export const registerRender: RegisterCommand = (program, { io, setStatus }) => {
  program
    .command('render')
    .description("Write the team's responsibility chart as Markdown, HTML or PDF; or the page to bring, the care map, the family's letter.")
    .argument('<files...>', 'team files (folders and globs work too)')
    .addOption(
      new Option('-f, --format <format>', "md, html or pdf; svg: the care map; letter: the family's letter (md, html or pdf by --out's extension)").choices([
        ...FORMAT_OPTIONS,
      ]),
    )
    .option('--summary', 'the one page to bring: who to call, who decides, how you hear, open questions, next review', false)
    .option('--answer-by <date>', "the letter's answer-by date (default: 14 days after --today)", parseDateOption)
    .option('-o, --out <file>', 'one team file: the output file (- for stdout, md and html only)')
    .option('-d, --out-dir <dir>', 'many team files: write DIR/NAME.EXT for each (created if missing)')
    .addOption(new Option('--paper <size>', 'page size for HTML print and PDF').choices(['letter', 'a4']).default('letter'))
    .option('--landscape', 'wide paper for a wide matrix', false)
    .option('--template <dir>', 'a folder of Handlebars templates that replaces the built-in ones')
    .option('--redact', 'names as initials, no contact details: for sharing outside the team', false)
    .option('--no-gaps', 'leave the "Gaps and questions" section out')
    .option('--today <date>', 'the date the chart is printed on and reviews are measured from (YYYY-MM-DD)', parseDateOption)
    .option('--chrome <path>', 'the Chrome or Chromium to print PDFs with')
    .option('-m, --model <name|file>', "override every file's model")
    .option('-c, --config <file>', 'config file (default: the nearest .carechart.yaml upward)')
    .option('--no-color', 'no colors')
    .option('--lang <lang>', "the chart's language (en, es); over the team file's and the config's `lang`")
    .addHelpText(
      'after',
      '\nWith one team file and no --out, the chart is written to NAME.EXT in the current folder.\n' +
        '\nExamples:\n  $ carechart render examples/rivera-enrollment.yaml -o chart.pdf\n' +
        '  $ carechart render examples/rivera-enrollment.yaml --redact -o - | less\n' +
        '  $ carechart render teams/*.yaml -d charts/ -f html --paper a4\n' +
        '  $ carechart render examples/rivera-enrollment.yaml --summary -o page-to-bring.pdf\n' +
        '  $ carechart render examples/rivera-enrollment.yaml -f svg -o care-map.svg\n' +
        '  $ carechart render examples/rivera-enrollment.yaml -f letter -o letter.pdf',
    )
    .action(async (files: string[], raw: RawRenderOptions) => {
      setStatus(await renderCommand(files, raw, io));
    });
};

export async function renderCommand(files: string[], raw: RawRenderOptions, io: Io): Promise<number> {
  const { model, config, lang, ...rest } = raw;
  checkLanguage(lang);
  const opts: RenderOptions = { ...rest, today: raw.today ?? localToday() };
  // The printer's modules only for a PDF: `check` and the other formats never load them.
  const launch = chartFormat(opts) === 'pdf' ? (await import('../render/launch-browser.js')).launchPrinter(opts, io) : undefined;
  try {
    const checks = await checkPaths(files, { model, config, today: opts.today, lang }, io);
    if (reportRunErrors(checks, io)) return EXIT.failure;
    // Handlebars and the templates are loaded only here, so that `check` never pays for them.
    const { renderCharts } = await import('../render/render-run.js');
    return await renderCharts(checks, { ...opts, lang }, io, launch?.printer);
  } finally {
    await launch?.stop();
  }
}
