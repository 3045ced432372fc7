import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/find-browser.js';
import { runCli } from '../helpers/run-cli.js';
import { example, SECTION_HEADINGS, tempFiles, TODAY } from '../render/render-helpers.js';
import { SPANISH_HEADINGS } from './spanish.js';

// As test/render/pdf.test.ts: a missing browser fails, unless skipped knowingly.
const skip = process.env.CARECHART_SKIP_BROWSER_TESTS === '1';
const browser = await findBrowser({ env: process.env, cwd: process.cwd() }).catch(() => undefined);
if (!skip && !browser) throw new Error('The PDF tests need Chromium; set CARECHART_SKIP_BROWSER_TESTS=1 to skip them knowingly.');

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe.skipIf(skip)('the Spanish Rivera chart as PDF', () => {
  it('reads back with Spanish headings, Spanish page footers, and none of the English ones', async () => {
    const dir = tempFiles({ 'rivera.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'rivera.yaml', '-o', 'tabla.pdf', '--lang', 'es', '--today', TODAY], { cwd: dir, env: { CARECHART_CHROME: browser ?? '' } });
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
});
