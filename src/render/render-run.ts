import { loadMessages } from '../i18n/load-locale.js';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TeamCheck } from '../analyze/check-team-file.js';
import { EXIT, UsageError } from '../cli/exit-codes.js';
import type { Io } from '../cli/io.js';
import { packageRoot } from '../package-root.js';
import { atomicWrite, WriteRefused } from '../write/atomic-write.js';
import { blockedFiles, reportBlocked } from './blocked.js';
import { BrowserNotFound } from './find-browser.js';
import { onInterrupt } from './interrupt.js';
import { PrintError, type PdfPrinter } from './pdf-printer.js';
import { progress } from '../present/progress.js';
import type { RenderOptions } from './render-options.js';
import { chartFormat, planTargets, shown, type Target } from './targets.js';
import { loadTemplates, TemplateError, type ChartTemplates } from './templates.js';
import { buildChartView } from './view-model.js';
import type { ChartView } from './view-types.js';

interface Job {
  target: Target;
  view: ChartView;
}

/**
 * Renders every checked team file that can be read as written. Exit 0 when all were rendered, 1
 * when a file was refused for its errors (the others are still rendered); anything that stops the
 * run (a bad template, no browser, a write that fails) is thrown as a UsageError: exit 2.
 * `printer`: for a PDF run, the one renderCommand launched (and stops) before the checks.
 */
export async function renderCharts(checks: readonly TeamCheck[], opts: RenderOptions, io: Io, printer: Promise<PdfPrinter> | undefined): Promise<number> {
  const format = chartFormat(opts);
  const files = checks.map((c) => ({ check: c, input: resolve(io.cwd, c.result.file), display: c.result.file }));
  const targets = planTargets(files, format, opts, io.cwd);
  const blocked = blockedFiles(checks);
  if (blocked.length > 0) reportBlocked(blocked, opts, io);
  const jobs: Job[] = [];
  files.forEach(({ check }, i) => {
    if (blocked.includes(check) || !check.team || !check.model) return;
    const view = buildChartView(check.team, check.model, check.result.findings, { ...opts, say: check.say! });
    jobs.push({ target: targets[i]!, view });
  });
  if (jobs.length === 0) return EXIT.findings;

  const release = onInterrupt();
  try {
    const templates = await loadTemplates(templateDir(opts, io.cwd), new Set([format === 'pdf' ? 'html' : format]));
    if (opts.outDir) await mkdir(resolve(io.cwd, opts.outDir), { recursive: true });
    const inputs = files.map((f) => f.input);
    if (format === 'pdf') {
      if (!printer) throw new Error('A PDF run needs the printer launched by renderCommand');
      await printAll(jobs, templates, inputs, printer, io);
    }
    else await writeAll(jobs, templates, format, inputs, io);
  } catch (error) {
    throw asRunFailure(error);
  } finally {
    release();
  }
  return blocked.length > 0 ? EXIT.findings : EXIT.ok;
}

function templateDir(opts: RenderOptions, cwd: string): string {
  if (!opts.template) return join(packageRoot(), 'templates');
  const dir = resolve(cwd, opts.template);
  if (!existsSync(dir)) throw new UsageError(`The template folder ${opts.template} does not exist`);
  return dir;
}

/** Each chart as soon as it is written, so that an interrupted run still says what it finished. */
const wrote = (job: Job, io: Io) => io.stdout(`${loadMessages(job.view.lang).t('render.wrote', { file: shown(job.target.path, io.cwd) })}\n`);

async function writeAll(jobs: readonly Job[], templates: ChartTemplates, format: 'md' | 'html', inputs: string[], io: Io): Promise<void> {
  const texts = jobs.map((job) => templates.render(format, job.view)); // every chart renders before any is written
  for (const [i, job] of jobs.entries()) {
    if (job.target.path === '-') io.stdout(texts[i]!);
    else {
      await atomicWrite(job.target.path, texts[i]!, inputs);
      wrote(job, io);
    }
  }
}

/** One browser for the whole run, two pages at a time; always closed, also on an error or interrupt. */
async function printAll(jobs: readonly Job[], templates: ChartTemplates, inputs: string[], started: Promise<PdfPrinter>, io: Io): Promise<void> {
  const htmls = jobs.map((job) => templates.render('html', job.view));
  const printer = await started;
  const show = progress(io, jobs.length, 'Printing charts');
  let failure: unknown;
  let next = 0;
  const worker = async () => {
    while (failure === undefined && next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      try {
        show.start(job.target.display);
        const pdf = await printer.print(htmls[i]!, job.view.print);
        await atomicWrite(job.target.path, pdf, inputs);
        show.clear();
        wrote(job, io);
        show.done();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    show.clear();
    printer.close();
  }
  if (failure !== undefined) throw failure;
}

function asRunFailure(error: unknown): unknown {
  if (error instanceof UsageError) return error;
  if (error instanceof TemplateError || error instanceof BrowserNotFound || error instanceof PrintError || error instanceof WriteRefused) {
    return new UsageError(error.message);
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.code && e.path) return new UsageError(`Cannot write ${e.path}: ${e.code === 'EACCES' ? 'permission denied' : e.code}`);
  return error;
}
