import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browser, skipBrowserTests } from '../helpers/real-browser.js';
import { runCli } from '../helpers/run-cli.js';

// A real Chromium (test/helpers/real-browser.ts): a missing one fails, unless skipped knowingly.
const skip = skipBrowserTests;

async function auditHtml(args: string[] = []): Promise<string> {
  const run = await runCli(['audit', 'examples/program', '-f', 'html', '--today', '2026-11-23', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the HTML audit', () => {
  it('is one standalone page: no script, nothing fetched, plots as inline SVG with names', async () => {
    const html = await auditHtml(['--by', 'organization']);
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html.match(/<svg id="[^"]+" viewBox/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/<title id="all-rules-title">/);
    // Every id once, so that every plot keeps its own patterns and name.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what the team files say', async () => {
    const { tree } = await import('../helpers/tree.js');
    const text = readFileSync('examples/program/kim.yaml', 'utf8').replace(/name: "Lakeshore[^"]*"/, 'name: "<img src=x onerror=alert(1)>"');
    const dir = tree({ 'kim.yaml': text });
    const run = await runCli(['audit', '.', '-f', 'html', '--by', 'program'], { cwd: dir });
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).toContain('&lt;img');
  });

  it.skipIf(skip)('has no axe-core violations in a real Chromium, and prints', async () => {
    const html = await auditHtml(['--by', 'organization']);
    const puppeteer = (await import('puppeteer-core')).default;
    const b = await puppeteer.launch({ executablePath: browser!, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await b.newPage();
      await page.setRequestInterception(true);
      const requested: string[] = [];
      page.on('request', (r) => {
        requested.push(r.url());
        void r.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(requested).toEqual([]);
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }> } }).axe;
        const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return { violations: r.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: r.passes.length };
      });
      expect(result.violations).toEqual([]);
      expect(result.passes).toBeGreaterThan(10);
      const pdf = await page.pdf({ format: 'letter' });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await b.close();
    }
  });
});
