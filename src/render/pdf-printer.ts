import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { onInterrupt } from './interrupt.js';
import type { PrintView } from './view-types.js';

/** The browser would not start, or a page would not print: exit 2. */
export class PrintError extends Error {}

const POOL_SIZE = 2;
/** The same margins as the templates' `@page` rule; the footer lives in the bottom one. */
const MARGIN = { top: '14mm', right: '13mm', bottom: '16mm', left: '13mm' };

const ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
];

/** One headless browser for the whole run, printing through a small pool of pages. */
export class PdfPrinter {
  readonly #idle: Page[] = [];
  readonly #waiting: ((page: Page) => void)[] = [];
  #pages = 0;

  private constructor(
    readonly browser: Browser,
    readonly profile: string,
    readonly release: () => void,
  ) {}

  static async launch(executablePath: string, env: Record<string, string | undefined>): Promise<PdfPrinter> {
    const { default: puppeteer } = await import('puppeteer-core');
    const profile = mkdtempSync(join(tmpdir(), 'carechart-chrome-'));
    const args = [...ARGS];
    // Chromium will not start its sandbox as root, and most containers (where carechart often runs
    // as root) lack the user namespaces it needs. The page it prints is our own HTML with JavaScript
    // off and every request refused, so there only, or when asked, it runs without the sandbox.
    if (process.getuid?.() === 0 || env.CARECHART_NO_SANDBOX === '1') args.push('--no-sandbox');
    let browser: Browser | undefined;
    const kill = () => {
      killBrowser(browser);
      removeProfile(profile);
    };
    const release = onInterrupt(kill);
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        userDataDir: profile,
        args,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 60_000,
      });
    } catch (error) {
      release();
      kill();
      throw new PrintError(`The browser at ${executablePath} would not start: ${firstLine(error)}`);
    }
    return new PdfPrinter(browser, profile, release);
  }

  /** Prints one chart's HTML to PDF bytes. */
  async print(html: string, print: PrintView): Promise<Uint8Array> {
    const page = await this.#acquire();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
      return await page.pdf({
        format: print.paper === 'a4' ? 'A4' : 'Letter',
        landscape: print.landscape,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(print.footer),
        margin: MARGIN,
        timeout: 120_000,
      });
    } catch (error) {
      throw new PrintError(`Printing failed: ${firstLine(error)}`);
    } finally {
      this.#releasePage(page);
    }
  }

  /** Closes the browser and removes its profile; safe to call twice. */
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } catch {
      killBrowser(this.browser);
    } finally {
      removeProfile(this.profile);
      this.release();
    }
  }

  async #acquire(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#pages >= POOL_SIZE) return new Promise((resolve) => this.#waiting.push(resolve));
    this.#pages++;
    return lockDown(await this.browser.newPage());
  }

  #releasePage(page: Page): void {
    const next = this.#waiting.shift();
    if (next) next(page);
    else this.#idle.push(page);
  }
}

/** Kills the browser and its helper processes at once: puppeteer starts it as the leader of its own process group. */
function killBrowser(browser: Browser | undefined): void {
  const child = browser?.process();
  if (!child?.pid) return;
  try {
    process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Removes the temporary profile; a dying browser may still write into it for a moment, so look twice. */
function removeProfile(profile: string): void {
  for (let attempt = 0; attempt < 5 && existsSync(profile); attempt++) {
    if (attempt > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * attempt);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
  }
}

/** JavaScript off, and every request that is not a `data:` URL refused: the page can fetch and read nothing. */
async function lockDown(page: Page): Promise<Page> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** Chromium's footer: the child's name (escaped) and "Page N of M", in a font every Chromium has. */
function footer(text: string): string {
  const style = 'width:100%;margin:0 13mm;font:9px Arial,Helvetica,sans-serif;color:#333;display:flex;justify-content:space-between;';
  return `<div style="${style}"><span>${escapeHtml(text)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** For the one string put into HTML outside the templates: the same escaping as Handlebars'. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ENTITIES[c]!);
}
