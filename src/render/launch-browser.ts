import type { Io } from '../cli/io.js';
import { startBrowser } from './browser-process.js';
import { findBrowser } from './find-browser.js';
import { PdfPrinter } from './pdf-printer.js';
import type { RenderOptions } from './render-options.js';

/**
 * The printer for a PDF run, started before the team files are checked: the browser's start-up,
 * loading puppeteer and opening the pages (most of a one-chart run) then overlap the checking and
 * templating. A browser that cannot be found or started is an error only once a chart is to be
 * printed, as before: the promise holds it till then.
 */
export function launchPrinter(opts: Pick<RenderOptions, 'chrome'>, io: Io): Promise<PdfPrinter> {
  const started = findBrowser({ chrome: opts.chrome, env: io.env, cwd: io.cwd }).then((path) => PdfPrinter.connect(startBrowser(path, io.env)));
  started.catch(() => undefined);
  return started;
}

/** Ends the browser of a run, whether it printed or ended before; safe to call again. */
export function stopPrinter(printer: Promise<PdfPrinter> | undefined): Promise<void> {
  return printer ? printer.then((p) => p.close(), () => undefined) : Promise.resolve();
}
