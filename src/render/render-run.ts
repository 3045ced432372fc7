import { loadMessages } from '../i18n/load-locale.js';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TeamCheck } from '../pipeline/check-team-file.js';
import { EXIT, UsageError } from '../core/exit-codes.js';
import type { Io } from '../core/io.js';
import { packageRoot } from '../core/package-root.js';
import { atomicWrite, WriteFailed, WriteRefused } from '../write/atomic-write.js';
import { blockedFiles, reportBlocked } from './blocked.js';
import { BrowserNotFound } from './find-browser.js';
import { onInterrupt } from './interrupt.js';
import { PrintError, type PdfPrinter } from './pdf-printer.js';
import { progress } from '../present/progress.js';
import type { RenderOptions } from './render-options.js';
import { pageView, type PageView } from './page-view.js';
import { chartFormat, pageKind, planTargets, shown, type Target } from './targets.js';
import { loadTemplates, TemplateError, type ChartTemplates } from './templates.js';
import { uncoveredGlyphWarnings } from './uncovered-glyphs.js';

interface Job {
  target: Target;
  view: PageView;
}

/**
 * Renders every checked team file that can be read as written. Exit 0 when all were rendered, 1
 * when a file was refused for its errors (the others are still rendered); anything that stops the
 * run (a bad template, no browser, a write that fails) is thrown as a UsageError: exit 2.
 * `printer`: for a PDF run, the one renderCommand launched (and stops) before the checks.
 */
export async function renderCharts(checks: readonly TeamCheck[], opts: RenderOptions, io: Io, printer: Promise<PdfPrinter> | undefined): Promise<number> {
  const format = chartFormat(opts);
  const kind = pageKind(opts);
  const files = checks.map((c) => ({ check: c, input: resolve(io.cwd, c.result.file), display: c.result.file }));
  const targets = planTargets(files, format, opts, io.cwd, kind);
  const blocked = blockedFiles(checks);
  if (blocked.length > 0) reportBlocked(blocked, opts, io);
  const jobs: Job[] = [];
  files.forEach(({ check }, i) => {
    if (blocked.includes(check) || !check.team || !check.model) return;
    const view = pageView(kind, check, opts);
    if (format !== 'md') for (const line of uncoveredGlyphWarnings(check.result.file, check.team, view)) io.stderr(line);
    jobs.push({ target: targets[i]!, view });
  });
  if (jobs.length === 0) return EXIT.findings;

  const release = onInterrupt();
  try {
    const builtIn = join(packageRoot(), 'templates');
    const templates =
      format === 'svg' || kind === 'map' ? svgOnly : await loadTemplates(templateDir(opts, io.cwd), new Set([format === 'pdf' ? 'html' : format]), kind, builtIn);
    const inputs = files.map((f) => f.input);
    // The folder is made by the first write, so that a run failing before it leaves none behind.
    let outDir: Promise<unknown> | undefined;
    const write = (job: Job, content: string | Uint8Array) => {
      outDir ??= opts.outDir ? mkdir(resolve(io.cwd, opts.outDir), { recursive: true }) : Promise.resolve();
      return outDir.then(() => atomicWrite(job.target.path, content, inputs, shown(job.target.path, io.cwd)));
    };
    if (format === 'pdf') {
      if (!printer) throw new Error('A PDF run needs the printer launched by renderCommand');
      await printAll(jobs, templates, write, printer, io);
    }
    else await writeAll(jobs, templates, format, write, io);
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

/** The care map is drawn in code: its "template" hands back the SVG. */
const svgOnly: ChartTemplates = { render: (_format, view) => (view as PageView).svg ?? '' };

type WriteChart = (job: Job, content: string | Uint8Array) => Promise<void>;

async function writeAll(jobs: readonly Job[], templates: ChartTemplates, format: 'md' | 'html' | 'svg', write: WriteChart, io: Io): Promise<void> {
  const texts = jobs.map((job) => templates.render(format === 'svg' ? 'html' : format, job.view)); // every chart renders before any is written
  const written = new Set<Job>();
  try {
    for (const [i, job] of jobs.entries()) {
      if (job.target.path === '-') io.stdout(texts[i]!);
      else {
        await write(job, texts[i]!);
        wrote(job, io);
      }
      written.add(job);
    }
  } catch (error) {
    throw withUnwritten(error, jobs, written, io.cwd);
  }
}

/** A run that stops part way says which charts it did not write, not only why. */
function withUnwritten(error: unknown, jobs: readonly Job[], written: ReadonlySet<Job>, cwd: string): unknown {
  const missing = jobs.filter((job) => !written.has(job) && job.target.path !== '-').map((job) => shown(job.target.path, cwd));
  const failure = asRunFailure(error);
  if (jobs.length < 2 || missing.length === 0 || !(failure instanceof UsageError)) return failure;
  return new UsageError(`${failure.message} (not written: ${missing.join(', ')})`);
}

/**
 * One browser for the whole run, two pages at a time; always closed, also on an error or interrupt.
 * The first charts print while the others' HTML is made, between the browser's answers; but no PDF
 * is written before every chart's HTML is, so a template that fails on any chart writes nothing.
 */
async function printAll(jobs: readonly Job[], templates: ChartTemplates, write: WriteChart, started: Promise<PdfPrinter>, io: Io): Promise<void> {
  const htmls: string[] = [];
  const make = (upTo: number) => {
    while (htmls.length <= upTo) htmls.push(templates.render('html', jobs[htmls.length]!.view));
  };
  make(0);
  const allMade = (async () => {
    for (let i = 1; i < jobs.length; i++) {
      await new Promise(setImmediate);
      make(i);
    }
  })();
  allMade.catch(() => undefined);
  const printer = await started.catch(async (error: unknown) => {
    await allMade;
    throw error;
  });
  const show = progress(io, jobs.length, 'Printing charts');
  const written = new Set<Job>();
  let failure: unknown;
  let next = 0;
  const worker = async () => {
    while (failure === undefined && next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      try {
        show.start(job.target.display);
        make(i);
        const pdf = await printer.print(htmls[i]!, job.view.print, job.target.display);
        await allMade;
        await write(job, pdf);
        written.add(job);
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
    await printer.close();
  }
  if (failure !== undefined) throw withUnwritten(failure, jobs, written, io.cwd);
}

function asRunFailure(error: unknown): unknown {
  if (error instanceof UsageError) return error;
  if (error instanceof TemplateError || error instanceof BrowserNotFound || error instanceof PrintError || error instanceof WriteRefused || error instanceof WriteFailed) {
    return new UsageError(error.message);
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.code && e.path) return new UsageError(new WriteFailed(e.path, e.code).message);
  return error;
}
