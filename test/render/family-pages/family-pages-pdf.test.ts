import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { browser, browserEnv, skipBrowserTests } from '../../helpers/real-browser.js';
import { checkYaml } from '../../helpers/check-yaml.js';
import { runCli } from '../../helpers/run-cli.js';
import { EXAMPLES, example, TODAY } from '../render-helpers.js';
import { familyFolder } from './helpers.js';

// Real Chromium and poppler-utils (test/helpers/real-browser.ts): missing ones fail, unless skipped knowingly.
const [chrome, skip, env] = [browser, skipBrowserTests, browserEnv];

const pages = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** A page's text (or the whole file's) with line breaks as spaces, and names broken after a hyphen joined again. */
const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .replace(/- /g, '-');

describe.skipIf(skip)('the family pages, printed by a real Chromium', () => {
  const { dir, files } = familyFolder();

  it.each(['letter', 'a4'])('the page to bring is one page on %s paper, for every example and a 12- and 20-member team', async (paper) => {
    const out = join(dir, `summary-${paper}`);
    const run = await runCli(['render', ...files, '--summary', '-f', 'pdf', '-d', out, '--paper', paper, '--today', TODAY], { cwd: dir, env });
    expect(run.stderr).toBe('');
    for (const file of files) {
      const pdf = join(out, file.replace('.yaml', '-summary.pdf'));
      expect(pages(pdf), file).toBe(1);
      const text = pdfText(pdf);
      // Nothing was cut at the foot of the page: the last question and the review date are there, as in the Markdown.
      for (const heading of ['Who to call', 'Who decides', 'How we hear from each professional', 'Next plan review']) expect(text, file).toContain(heading);
      const md = (await runCli(['render', file, '--summary', '-o', '-', '--today', TODAY], { cwd: dir })).stdout.replace(/\\/g, '');
      const review = md.split('## Next plan review')[1]!.trim();
      const lastQuestion = [...md.matchAll(/^1\. \*\*[^*]+\*\* (.+)$/gm)].at(-1)?.[1] ?? '';
      expect(text, file).toContain(review.replace(/\s+/g, ' '));
      expect(text, file).toContain(lastQuestion.replace(/\s+/g, ' ').replace(/- /g, '-'));
      expect(text).toContain('Page 1 of 1');
    }
    expect(pdfText(join(out, 'team-20-summary.pdf'))).toContain('continued in the full chart');
  });

  it.each(['letter', 'a4'])('the page to bring in Spanish is one page on %s paper too, for every example and a 12- and 20-member team', async (paper) => {
    const out = join(dir, `summary-es-${paper}`);
    const run = await runCli(['render', ...files, '--summary', '--lang', 'es', '-f', 'pdf', '-d', out, '--paper', paper, '--today', TODAY], { cwd: dir, env });
    expect(run.stderr).toBe('');
    for (const file of files) {
      const pdf = join(out, file.replace('.yaml', '-summary.pdf'));
      expect(pages(pdf), file).toBe(1);
      expect(pdfText(pdf), file).toContain('Página 1 de 1');
    }
  });

  it('the chart shows the care map on its first or second page, with every member by name', async () => {
    const out = join(dir, 'charts');
    const run = await runCli(['render', ...EXAMPLES.map((e) => `${e}.yaml`), '-f', 'pdf', '-d', out, '--today', TODAY], { cwd: dir, env });
    expect(run.stderr).toBe('');
    for (const name of EXAMPLES) {
      const pdf = join(out, `${name}.pdf`);
      const page = [1, 2].find((p) => pdfText(pdf, p).includes('The care map'));
      expect(page, name).toBeDefined();
      const mapText = pdfText(pdf, page);
      const { team } = await checkYaml(example(name));
      for (const m of team!.members) expect(mapText, `${name}: ${m.name}`).toContain(m.name);
      expect(mapText, 'the whole map, down to its legend, on that page').toContain('Solid line: updates the family');
    }
  });

  it.each(['letter', 'a4'])('the care map fits its page on %s landscape too', async (paper) => {
    const pdf = join(dir, `landscape-${paper}.pdf`);
    const run = await runCli(['render', 'rivera-enrollment.yaml', '--landscape', '--paper', paper, '-o', pdf, '--today', TODAY], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(0);
    const page = [1, 2].find((p) => pdfText(pdf, p).includes('The care map'))!;
    expect(pdfText(pdf, page)).toContain('Solid line: updates the family');
  });

  it('the letter is one or two pages, signed by the parents', async () => {
    for (const name of EXAMPLES) {
      const pdf = join(dir, `${name}-letter.pdf`);
      const run = await runCli(['render', `${name}.yaml`, '-f', 'letter', '-o', pdf, '--today', TODAY], { cwd: dir, env });
      expect(run.status, run.stderr).toBe(0);
      expect(pages(pdf)).toBeLessThanOrEqual(2);
      const text = pdfText(pdf);
      expect(text).toContain('Please answer in writing by December 7, 2026.');
      const { team } = await checkYaml(example(name));
      for (const m of team!.members.filter((x) => x.role === 'parent')) expect(text).toContain(m.name);
    }
  });
});

describe.skipIf(skip)('accessibility (axe-core in Chromium)', () => {
  let browser: Browser;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const { dir } = familyFolder();

  beforeAll(async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: chrome!, args: ['--no-sandbox'], headless: true });
  });
  afterAll(async () => browser?.close());

  const pagesToCheck: [string, string[]][] = [
    ['the page to bring', ['--summary', '-f', 'html']],
    ['the letter', ['-f', 'letter', '-o', 'PAGE.html']],
    ['the chart with its care map', ['-f', 'html']],
  ];

  it('finds a violation where there is one (the harness can fail)', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<html><body><img src="data:,"><a href="#"></a></body></html>');
      await page.addScriptTag({ content: axeSource });
      const count = await page.evaluate(async () => (await (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run()).violations.length);
      expect(count).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it.each(pagesToCheck)('%s has no axe violations', async (_what, args) => {
    for (const name of ['rivera-enrollment', 'csa-wraparound-clean', 'team-20']) {
      const file = join(dir, `${name}-${args.join('')}.html`.replace(/[^\w.-]/g, ''));
      const outArgs = args.includes('-o') ? args.map((a) => (a === 'PAGE.html' ? file : a)) : [...args, '-o', file];
      const run = await runCli(['render', `${name}.yaml`, ...outArgs, '--today', TODAY], { cwd: dir });
      expect(run.status, run.stderr).toBe(0);
      const page = await browser.newPage();
      try {
        // Only this test page runs scripts (axe itself); the saved HTML's own policy would refuse it.
        await page.setBypassCSP(true);
        await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
          return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations, name).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
