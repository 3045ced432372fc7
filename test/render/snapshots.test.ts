import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { EXAMPLES, markdownTables, SECTION_HEADINGS, TODAY, withoutFontData } from './render-helpers.js';

describe.each(EXAMPLES)('the chart of examples/%s.yaml', (name) => {
  const render = (format: string, ...more: string[]) => runCli(['render', `examples/${name}.yaml`, '-f', format, '-o', '-', '--today', TODAY, ...more]);

  it('in Markdown', async () => {
    const run = await render('md');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const heading of SECTION_HEADINGS) expect(run.stdout).toContain(`## ${heading}\n`);
    for (const table of markdownTables(run.stdout)) expect(new Set(table).size).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });

  it('in HTML that stands alone', async () => {
    const run = await render('html');
    expect(run.status).toBe(0);
    const html = run.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`);
    // A chart in Latin letters embeds the Latin font's Latin subset, in both weights, and no other.
    const faces = [...html.matchAll(/font-family: "([^"]+)"; font-style: normal; font-weight: (\d+); font-display: block; src: url\("data:font\/woff2;base64,[A-Za-z0-9+/=]{4000,}"\) format\("woff2"\); unicode-range: [^;]+;/g)];
    expect(faces.map((f) => `${f[1]} ${f[2]}`)).toEqual(['Atkinson Hyperlegible 400', 'Atkinson Hyperlegible 700']);
    expect(html.match(/data:font/g)).toHaveLength(faces.length);
    expect(html).toContain('@page { size: letter;');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).not.toMatch(/\b(?:src|href)=|https?:\/\/[^\s<]*\.(?:css|js|woff2?)\b|<script|<link/i);
    for (const heading of SECTION_HEADINGS) expect(html).toContain(`<h2>${heading}</h2>`);
    // The head (styles, fonts, policy) is the same for every chart: kept whole in one snapshot only.
    if (name === EXAMPLES[0]) await expect(withoutFontData(html)).toMatchFileSnapshot(`__snapshots__/${name}.html`);
    else await expect(html.slice(html.indexOf('<body>'))).toMatchFileSnapshot(`__snapshots__/${name}.body.html`);
  });
});

describe('render options', () => {
  it('--no-gaps leaves the section out, --paper and --landscape set the page', async () => {
    const run = await runCli(['render', 'examples/rivera-enrollment.yaml', '-f', 'html', '-o', '-', '--no-gaps', '--paper', 'a4', '--landscape', '--today', TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Gaps and questions');
    expect(run.stdout).toContain('@page { size: A4 landscape;');
  });

  it('--redact prints initials and no contact details', async () => {
    const run = await runCli(['render', 'examples/rivera-enrollment.yaml', '-o', '-', '--redact', '--today', TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# Responsibility chart for S. R.');
    expect(run.stdout).not.toMatch(/Ana Rivera|Omar Haddad|555-01|@example/);
    expect(run.stdout).toContain('left out for sharing');
  });
});
