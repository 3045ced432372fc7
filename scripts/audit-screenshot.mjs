// Writes docs/audit-sample.png: the HTML audit of examples/program as a real Chromium shows it
// (`npm run build` first). Run by hand after the audit page changes: node scripts/audit-screenshot.mjs [CHROMIUM]
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const html = execFileSync(process.execPath, ['bin/carechart.js', 'audit', 'examples/program', '-f', 'html', '--today', '2026-11-23'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const browser = await puppeteer.launch({ executablePath: process.argv[2] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1000, height: 800, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  // The top of the page (teams, gaps by rule, who holds each responsibility): the rest is the same kind of plot.
  await page.screenshot({ path: 'docs/audit-sample.png', clip: { x: 0, y: 0, width: 1000, height: 2750 } });
} finally {
  await browser.close();
}
