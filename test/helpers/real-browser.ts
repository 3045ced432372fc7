import { execFileSync } from 'node:child_process';
import { findBrowser } from '../../src/render/find-browser.js';

/** Tests of the PDF path run a real Chromium and read the result with poppler-utils and qpdf. */
export const browser = await findBrowser({ env: process.env, cwd: process.cwd() }).catch(() => undefined);

const has = (tool: string, flag: string) => {
  try {
    execFileSync(tool, [flag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// A missing tool fails these tests rather than skipping them quietly; skipping takes a deliberate choice.
export const skipBrowserTests = process.env.CARECHART_SKIP_BROWSER_TESTS === '1';
if (!skipBrowserTests && (!browser || !has('pdfinfo', '-v') || !has('qpdf', '--version'))) {
  throw new Error('The PDF tests need Chromium, poppler-utils and qpdf (apt-get install chromium poppler-utils qpdf; .ci/run does). Set CARECHART_SKIP_BROWSER_TESTS=1 to skip them knowingly.');
}
export const browserEnv = { CARECHART_CHROME: browser ?? '' };

export const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
export const pdffonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });
