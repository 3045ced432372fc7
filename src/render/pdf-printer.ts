import type { Browser, Page } from 'puppeteer-core';
import type { BrowserProcess } from './browser-process.js';
import { loadChart } from './load-chart.js';
import { documentMeta, makeAccessible } from './pdf-accessibility.js';
import { pageFooter, type PageFooter } from './page-footer.js';
import { PipeTransport } from './pipe-transport.js';
import type { PrintView } from './view-types.js';

/** The browser would not start, or a page would not print: exit 2. */
export class PrintError extends Error {}

const POOL_SIZE = 2;
const START_TIMEOUT = 60_000;
/** The longest one chart may take, every call to the browser for it included. */
export const PRINT_TIMEOUT = 120_000;
/** The same margins as the templates' `@page` rule; the footer lives in the bottom one. */
const MARGIN = { top: '14mm', right: '13mm', bottom: '16mm', left: '13mm' };

/** One headless browser for the whole run, printing through a small pool of pages. */
export class PdfPrinter {
  readonly #idle: Page[] = [];
  readonly #waiting: ((page: Page) => void)[] = [];
  /** What each page holds (src/render/load-chart.ts). */
  readonly #loaded = new WeakMap<Page, string>();
  #pages = 0;

  private constructor(
    readonly browser: Browser,
    readonly process: BrowserProcess,
    readonly footer: PageFooter,
    readonly timeout: number,
  ) {}

  /** puppeteer, on the pipe of a browser already starting (src/render/browser-process.ts). */
  static async connect(process: BrowserProcess, timeout = PRINT_TIMEOUT): Promise<PdfPrinter> {
    const { default: puppeteer } = await import('puppeteer-core');
    let timer: NodeJS.Timeout | undefined;
    const failed = Promise.race([
      process.ended,
      new Promise<string>((resolve) => (timer = setTimeout(resolve, START_TIMEOUT, `it did not answer within ${START_TIMEOUT / 1000} s`))),
    ]).then((why) => Promise.reject(new Error(why)));
    try {
      const transport = new PipeTransport(process.pipe.write, process.pipe.read);
      // protocolTimeout: no call to the browser waits longer than a whole chart may take.
      const browser = await Promise.race([puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: timeout }), failed]);
      return new PdfPrinter(browser, process, pageFooter(await Promise.race([browser.version(), failed])), timeout);
    } catch (error) {
      process.kill();
      const said = process.stderr().split('\n').find((line) => /\S/.test(line) && !line.startsWith('[')) ?? '';
      throw new PrintError(`The browser at ${process.executablePath} would not start: ${firstLine(error)}${said ? ` (${said.trim()})` : ''}`);
    } finally {
      clearTimeout(timer);
      failed.catch(() => undefined);
    }
  }

  /**
   * Prints one chart's HTML to PDF bytes, within the time limit however the browser fails: `name`
   * (the team file) is what the one-line message says was being printed.
   */
  async print(html: string, print: PrintView, name = 'the chart'): Promise<Uint8Array> {
    const work = this.#print(html, print);
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintError(`the browser stopped answering while printing ${name}`)), this.timeout);
    });
    try {
      return await Promise.race([work, hung, this.process.ended.then((why) => Promise.reject(closed(name, why)))]);
    } catch (error) {
      if (error instanceof PrintError) throw error;
      // puppeteer often learns of a killed browser ("Target closed") a moment before the process's exit is seen.
      const why = await Promise.race([this.process.ended, new Promise<undefined>((resolve) => setTimeout(resolve, 500))]);
      if (why !== undefined) throw closed(name, why);
      if (/timed out/i.test(firstLine(error))) throw new PrintError(`the browser stopped answering while printing ${name}`);
      throw new PrintError(`Printing ${name} failed: ${firstLine(error)}`);
    } finally {
      clearTimeout(timer);
      work.catch(() => undefined);
    }
  }

  async #print(html: string, print: PrintView): Promise<Uint8Array> {
    const page = await this.#acquire();
    try {
      await loadChart(page, html, this.#loaded, this.footer.css(print.footer, print.pageWords));
      const pdf = await page.pdf({
        format: print.paper === 'a4' ? 'A4' : 'Letter',
        landscape: print.landscape,
        printBackground: true,
        tagged: true,
        outline: true,
        ...this.footer.pdfOptions(print.footer, print.pageWords),
        margin: MARGIN,
        timeout: this.timeout,
      });
      return makeAccessible(pdf, documentMeta(html));
    } finally {
      this.#releasePage(page);
    }
  }

  /**
   * Ends the browser: killed, not asked to close, as every PDF is already written and the profile
   * is thrown away. Safe to call twice.
   */
  close(): Promise<void> {
    this.browser.disconnect().catch(() => undefined);
    return this.process.end();
  }

  async #acquire(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#pages >= POOL_SIZE) return new Promise((resolve) => this.#waiting.push(resolve));
    // The browser starts with one blank page: the first printer takes it.
    const page = this.#pages++ === 0 ? (await this.browser.pages())[0] : undefined;
    return lockDown(page ?? (await this.browser.newPage()));
  }

  #releasePage(page: Page): void {
    const next = this.#waiting.shift();
    if (next) next(page);
    else this.#idle.push(page);
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

function closed(name: string, why: string): PrintError {
  return new PrintError(`the browser closed while printing ${name} (${why})`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
