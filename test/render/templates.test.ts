import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/present/html-escape.js';
import { runCli } from '../helpers/run-cli.js';
import { example, tempFiles, TODAY } from './render-helpers.js';

const DIR = join(process.cwd(), 'templates');
const files = [...readdirSync(DIR).filter((f) => f.endsWith('.hbs')), ...readdirSync(join(DIR, 'partials')).map((f) => `partials/${f}`)];
const source = (file: string) => readFileSync(join(DIR, file), 'utf8');
const markdown = files.filter((f) => /(^|\/)(chart\.md|md-[\w-]+)\.hbs$/.test(f));

describe('the built-in templates', () => {
  it('come as HTML and Markdown charts with partials', () => {
    expect(files).toContain('chart.html.hbs');
    expect(files).toContain('chart.md.hbs');
    expect(markdown.length).toBeGreaterThan(5);
  });

  it('never use triple-stash: HTML is escaped by Handlebars, Markdown by the md helper', () => {
    for (const file of files) expect(source(file), file).not.toContain('{{{');
  });

  it('print every value in Markdown through the md helper', () => {
    const structural = /^\{\{~?(?:[#/^>!]|else\b|md\s|t\s)/;
    for (const file of markdown) {
      for (const [mustache] of source(file).matchAll(/\{\{[^}]*\}\}/g)) expect(structural.test(mustache), `${file}: ${mustache}`).toBe(true);
    }
  });
});

describe('the PDF footer', () => {
  it('escapes the child name', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')">&`)).toBe('&lt;img src&#61;x onerror&#61;&quot;a(&#39;1&#39;)&quot;&gt;&amp;');
  });
});

describe('a model or config that cannot be read', () => {
  it('exits 2, as for check', async () => {
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const model = await runCli(['render', 'team.yaml', '--model', 'no-such-model.yaml', '-o', '-', '--today', TODAY], { cwd: dir });
    expect(model.status).toBe(2);
    expect(model.stdout).toBe('');
    const config = await runCli(['render', 'team.yaml', '--config', 'missing.yaml', '-o', '-'], { cwd: dir });
    expect(config.status).toBe(2);
    expect(config.stderr).toMatch(/missing\.yaml does not exist/);
  });
});
