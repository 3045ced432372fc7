import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserProcess } from '../../src/render/browser-process.js';
import { PdfPrinter } from '../../src/render/pdf-printer.js';
import type { PrintView } from '../../src/render/view-types.js';

const CHROME = process.env.CARECHART_CHROME ?? '/usr/bin/chromium';
const VIEW: PrintView = { paper: 'letter', landscape: false, pageSize: 'letter', footer: 'Sam R.', pageWords: { page: 'Page', of: 'of' } };
const HTML = '<!doctype html><html><head><title>t</title></head><body><h1>Sam</h1></body></html>';
/** Short, so that a hung browser is given up on in seconds; the real limit is PRINT_TIMEOUT. */
const LIMIT = 3000;

/** A real browser whose main process the test can stop or kill, and a printer on it. */
async function printerWithHandle(): Promise<{ printer: PdfPrinter; browser: BrowserProcess }> {
  const browser = startBrowser(CHROME, process.env);
  const printer = await PdfPrinter.connect(browser, LIMIT);
  expect((await printer.print(HTML, VIEW, 'first.yaml')).length).toBeGreaterThan(1000);
  return { printer, browser };
}

describe('a browser that fails while printing', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('hung (SIGSTOP): given up on within the limit, with one line naming the chart', async () => {
    const { printer, browser } = await printerWithHandle();
    cleanup = () => {
      process.kill(browser.pid!, 'SIGCONT');
      printer.close();
    };
    process.kill(browser.pid!, 'SIGSTOP');
    const started = Date.now();
    await expect(printer.print(HTML, VIEW, 'team.yaml')).rejects.toThrow(/^the browser stopped answering while printing team\.yaml$/);
    expect(Date.now() - started).toBeLessThan(LIMIT + 2000);
  });

  it('killed: says the browser closed, in words', async () => {
    const { printer, browser } = await printerWithHandle();
    cleanup = () => printer.close();
    const printing = printer.print(HTML, VIEW, 'team.yaml');
    process.kill(browser.pid!, 'SIGKILL');
    await expect(printing).rejects.toThrow(/^the browser closed while printing team\.yaml \(it was stopped by SIGKILL\)$/);
  });

  it('leaves no Chromium temp folders behind once closed', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'carechart-tmpdir-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      mkdirSync(join(temp, 'x'));
      const { printer, browser } = await printerWithHandle();
      process.kill(browser.pid!, 'SIGKILL');
      printer.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readdirSync(temp)).toEqual(['x']);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
