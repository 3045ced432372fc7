import type { Io } from '../cli/io.js';
import { startBrowser, type BrowserProcess } from './browser-process.js';
import { findBrowser } from './find-browser.js';
import type { RenderOptions } from './render-options.js';

/**
 * The browser for a PDF run, found and started before the team files are checked: its start-up
 * (most of a one-chart run) then overlaps the checking and templating. A browser that cannot be
 * found is an error only once a chart is to be printed, as before: the promise holds it till then.
 */
export function launchBrowser(opts: Pick<RenderOptions, 'chrome'>, io: Io): Promise<BrowserProcess> {
  const started = findBrowser({ chrome: opts.chrome, env: io.env, cwd: io.cwd }).then((path) => startBrowser(path, io.env));
  started.catch(() => undefined);
  return started;
}

/** Kills a browser launched for a run that ended before printing, or after it; safe to call again. */
export function stopBrowser(browser: Promise<BrowserProcess> | undefined): Promise<void> {
  return browser ? browser.then((b) => b.kill(), () => undefined) : Promise.resolve();
}
