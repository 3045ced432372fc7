import type { Io } from '../core/io.js';
import { startBrowser } from './browser-process.js';
import { findBrowser } from './find-browser.js';
import { PdfPrinter } from './pdf-printer.js';
import type { RenderOptions } from './render-options.js';

export interface PrinterLaunch {
  /** A browser that cannot be found or started is an error only once a chart is to be printed. */
  printer: Promise<PdfPrinter>;
  /** Ends the browser at once, whether it printed, is still starting, or never started; safe to call again. */
  stop(): Promise<void>;
}

/**
 * The printer for a PDF run, started before the team files are checked: the browser's start-up,
 * loading puppeteer and connecting to the browser (most of a one-chart run) then overlap the
 * checking and templating.
 */
export function launchPrinter(opts: Pick<RenderOptions, 'chrome'>, io: Io): PrinterLaunch {
  const browser = findBrowser({ chrome: opts.chrome, env: io.env, cwd: io.cwd }).then((path) => startBrowser(path, io.env));
  const printer = browser.then((started) => PdfPrinter.connect(started));
  printer.catch(() => undefined);
  return {
    printer,
    async stop() {
      // Killed, not asked to close: a run that ends before printing does not wait for the browser to answer.
      await (await browser.catch(() => undefined))?.end();
      printer.then((p) => p.close(), () => undefined);
    },
  };
}
