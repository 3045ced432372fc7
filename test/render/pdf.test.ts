import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserEnv, skipBrowserTests } from '../helpers/real-browser.js';
import { runCli } from '../helpers/run-cli.js';
import { checkYaml } from '../helpers/check-yaml.js';
import { example, hostileTeam, SECTION_HEADINGS, tempDir, tempFiles, TODAY } from './render-helpers.js';
import { SPANISH_HEADINGS } from '../i18n/spanish.js';

// Real Chromium and poppler-utils: .ci/run installs both when missing (test/helpers/real-browser.ts).
const [skip, env] = [skipBrowserTests, browserEnv];

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

describe.skipIf(skip)('PDF through a real Chromium', () => {
  it('in Spanish (--lang es): Spanish headings and page footers read back, and none of the English ones', async () => {
    const dir = tempFiles({ 'rivera.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'rivera.yaml', '-o', 'tabla.pdf', '--lang', 'es', '--today', TODAY], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Se escribió tabla.pdf\n');
    const text = pdftotext(join(dir, 'tabla.pdf'));
    for (const heading of SPANISH_HEADINGS) expect(text).toContain(heading);
    for (const heading of SECTION_HEADINGS) expect(text).not.toContain(heading);
    for (const english of ['Responsibility chart', 'Printed', 'Nobody yet', 'Ask:', 'Must fix', 'Page 1 of']) expect(text).not.toContain(english);
    expect(text).toContain('Tabla de responsabilidades de Sam R.');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toContain('Impreso el 23 de noviembre de 2026');
    expect(text).toContain('Actualizado al 1 de noviembre de 2026');
    // Names, titles and the family's own notes print as written.
    expect(text).toContain('Board Certified Behavior Analyst (BCBA)');
    expect(text).toContain("Fuera de horario y en una crisis: Omar's cell during session hours.");
  });

  it('prints every member and every section, tagged, with an outline and page numbers', async () => {
    const dir = tempFiles({ 'rivera.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'rivera.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = join(dir, 'chart.pdf');
    const text = pdftotext(file);
    const { team } = await checkYaml(example('rivera-enrollment'));
    for (const m of team!.members) expect(text).toContain(m.name);
    for (const heading of SECTION_HEADINGS) expect(text).toContain(heading);
    expect(text).toContain('acts as: care coordinator'.replace('acts', 'Acts'));
    expect(text).toContain('Spanish (es) — interpreter needed');
    const info = pdfinfo(file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThan(0);
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('Responsibility chart for Sam R. Page');
    expect(readFileSync(file).includes('/Outlines')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['chart.pdf', 'rivera.yaml']); // no temp file left behind
  });

  it('prints many files with one run, on A4 landscape when asked', async () => {
    const dir = tempFiles({ 'a.yaml': example('rivera-enrollment'), 'b.yaml': example('csa-wraparound-clean'), 'c.yaml': example('csa-wraparound-gaps') });
    const run = await runCli(['render', 'a.yaml', 'b.yaml', 'c.yaml', '-d', 'out', '-f', 'pdf', '--paper', 'a4', '--landscape', '--today', TODAY], { cwd: dir, env });
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(pdfinfo(join(dir, 'out', 'b.pdf'))).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)$/m);
    expect(pdftotext(join(dir, 'out', 'b.pdf'))).toContain('Rachel Okonkwo');
  });

  it('writes no PDF of a many-file run when the template fails on a later chart', async () => {
    // Charts after the first are made while the browser prints the first: a failure there must
    // still leave nothing written. The template knows only Sam's name as a partial.
    const dir = tempFiles({ 'a.yaml': example('rivera-enrollment'), 'b.yaml': example('csa-wraparound-clean') });
    cpSync(join(process.cwd(), 'templates'), join(dir, 'tpl'), { recursive: true });
    const chart = join(dir, 'tpl', 'chart.html.hbs');
    writeFileSync(chart, `{{#*inline "Sam R."}}{{/inline}}{{> (lookup child "name")}}${readFileSync(chart, 'utf8')}`);
    const run = await runCli(['render', 'a.yaml', 'b.yaml', '-f', 'pdf', '-d', 'out', '--template', 'tpl', '--today', TODAY], { cwd: dir, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/failed: The partial Marcus T\. could not be found \(not written: out\/a\.pdf, out\/b\.pdf\)\n$/);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'tpl']);
  });

  it('prints each chart of a many-file run as it prints that chart alone (pages reused, fonts kept)', async () => {
    const names = ['rivera-enrollment', 'csa-wraparound-clean', 'rivera-after-questions', 'csa-wraparound-gaps'];
    const dir = tempFiles(Object.fromEntries(names.map((n) => [`${n}.yaml`, example(n)])));
    const together = await runCli(['render', ...names.map((n) => `${n}.yaml`), '-d', 'many', '-f', 'pdf', '--today', TODAY], { cwd: dir, env });
    expect(together.status).toBe(0);
    for (const name of names) {
      const alone = await runCli(['render', `${name}.yaml`, '-o', `alone-${name}.pdf`, '--today', TODAY], { cwd: dir, env });
      expect(alone.status).toBe(0);
      const [many, one] = [join(dir, 'many', `${name}.pdf`), join(dir, `alone-${name}.pdf`)];
      expect(pdftotext(many)).toBe(pdftotext(one));
      const info = (file: string) => pdfinfo(file).replace(/^(CreationDate|ModDate):.*$/gm, '');
      expect(info(many)).toBe(info(one));
      expect(info(many)).toMatch(/^Tagged:\s+yes$/m);
    }
  });

  describe('a team file full of URLs of a listener on this machine', () => {
    const requests: string[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.end('body { color: red }');
    });
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('makes the renderer fetch nothing', async () => {
      const base = `http://127.0.0.1:${port}`;
      // The listener answers, so a request that got through would be seen.
      await fetch(`${base}/self-test`).then((r) => r.text());
      expect(requests).toEqual(['GET /self-test']);
      requests.length = 0;
      const dir = tempFiles({ 'team.yaml': hostileTeam(base) });
      expect(readFileSync(join(dir, 'team.yaml'), 'utf8').split(base).length).toBeGreaterThan(100);
      const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env });
      expect(run.status).toBe(0);
      const html = await runCli(['render', 'team.yaml', '-o', 'chart.html', '--today', TODAY], { cwd: dir });
      expect(html.status).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
      expect(pdftotext(join(dir, 'chart.pdf'))).toContain(`<img src=${base}/img.png onerror=alert(1)>`);
    });
  });
});

describe('puppeteer and handlebars are loaded by render only', () => {
  it('renders Markdown without puppeteer', async () => {
    const { execFile } = await import('node:child_process');
    const trace = join(tempDir(), 'imports.txt');
    const hook = join(process.cwd(), 'test', 'helpers', 'trace-imports.mjs');
    const bin = join(process.cwd(), 'bin', 'carechart.js');
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, ['--import', hook, bin, 'render', 'examples/rivera-enrollment.yaml', '-o', '-'], { env: { ...process.env, TRACE_IMPORTS_FILE: trace } }, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toMatch(/\/dist\/vendor\/handlebars\.cjs$/m);
    expect(loaded).not.toMatch(/puppeteer/);
  });
});
