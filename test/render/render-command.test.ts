import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setBrowserCandidates } from '../../src/render/find-browser.js';
import { runCli } from '../helpers/run-cli.js';
import { example, tempDir, tempFiles, TODAY } from './render-helpers.js';

const BROKEN = example('rivera-enrollment').replace('    informed: [ana, luis]\n', '    informed: [ana, luis]\n    accountible: kim\n');

describe('carechart render: where the chart goes', () => {
  it('writes NAME.md in the current folder by default, and says so', async () => {
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const cwd = tempDir();
    const run = await runCli(['render', join(dir, 'team.yaml'), '--today', TODAY], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Wrote team.md\n');
    expect(readFileSync(join(cwd, 'team.md'), 'utf8')).toMatch(/^# Responsibility chart for Sam R\./);
  });

  it('takes the format from -o, and writes many files into a new --out-dir', async () => {
    const dir = tempFiles({ 'a.yaml': example('rivera-enrollment'), 'b.yaml': example('csa-wraparound-clean') });
    expect((await runCli(['render', 'a.yaml', '-o', 'chart.html', '--today', TODAY], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'chart.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const run = await runCli(['render', 'a.yaml', 'b.yaml', '-d', 'out/charts', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out', 'charts')).sort()).toEqual(['a.md', 'b.md']);
  });

  it('refuses to write onto an input file, and leaves it unchanged', async () => {
    const dir = tempFiles({ 'x.yaml': example('rivera-enrollment') });
    const before = readFileSync(join(dir, 'x.yaml'), 'utf8');
    const run = await runCli(['render', 'x.yaml', '-o', 'x.yaml', '-f', 'md', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('carechart: Refusing to write onto x.yaml: it is one of the input files\n');
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['x.yaml']);
  });

  it('refuses two charts on one path, -o with many files, and a PDF on stdout', async () => {
    const dir = tempFiles({ 'a.yaml': example('rivera-enrollment'), 'b.yaml': example('csa-wraparound-clean') });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.yaml'), example('csa-wraparound-clean'));
    expect((await runCli(['render', 'a.yaml', 'sub/a.yaml', '-d', 'out'], { cwd: dir })).stderr).toMatch(/would both be written to out\/a\.md/);
    expect((await runCli(['render', 'a.yaml', 'b.yaml', '-o', 'c.md'], { cwd: dir })).status).toBe(2);
    const pdf = await runCli(['render', 'a.yaml', '-f', 'pdf', '-o', '-'], { cwd: dir });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/A PDF cannot go to stdout/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 for a path that does not exist', async () => {
    const run = await runCli(['render', 'nope.yaml'], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('carechart: nope.yaml does not exist\n');
  });
});

describe('carechart render: files it cannot read as written', () => {
  it('writes nothing for a file with a schema error and exits 1, printing its errors', async () => {
    const dir = tempFiles({ 'broken.yaml': BROKEN });
    const run = await runCli(['render', 'broken.yaml', '-d', 'out', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.yaml[\s\S]*error[\s\S]*accountible[\s\S]*schema/);
    expect(run.stderr).toMatch(/carechart: broken\.yaml was not rendered/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('still renders the other files, and exits 1', async () => {
    const dir = tempFiles({ 'broken.yaml': BROKEN, 'good.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'broken.yaml', 'good.yaml', '-d', 'out', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['good.md']);
  });
});

describe('carechart render --template', () => {
  const team = example('rivera-enrollment');

  it('uses a folder of templates instead of the built-in ones', async () => {
    const dir = tempFiles({ 'team.yaml': team });
    mkdirSync(join(dir, 'tpl', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'chart.md.hbs'), '{{> who}} has {{members.length}} members; {{md title}}\n');
    writeFileSync(join(dir, 'tpl', 'partials', 'who.hbs'), '{{md child.name}}');
    const run = await runCli(['render', 'team.yaml', '--template', 'tpl', '-o', '-', '--today', TODAY], { cwd: dir });
    expect(run.stdout).toBe('Sam R. has 8 members; Responsibility chart for Sam R.\n');
  });

  it.each([
    ['an unknown helper', '{{#if title}}{{shout title}}{{/if}}', /The template chart\.md\.hbs does not compile: You specified knownHelpersOnly, but used the unknown helper shout/],
    ['a syntax error', '{{#each members}}{{name}}', /The template chart\.md\.hbs does not compile: Parse error/],
    ['a misspelled field', '{{titel}}', /The template chart\.md\.hbs in .* failed: "titel" not defined/],
    ['prototype access', '{{constructor.name}}', /failed|not defined|does not compile/],
  ])('exits 2 with one message for %s', async (_, source, message) => {
    const dir = tempFiles({ 'team.yaml': team });
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'chart.md.hbs'), source);
    const run = await runCli(['render', 'team.yaml', '--template', 'tpl', '-d', 'out', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out', 'team.md'))).toBe(false);
  });

  it('exits 2 when the folder lacks the template for the format', async () => {
    const dir = tempFiles({ 'team.yaml': team });
    mkdirSync(join(dir, 'tpl'));
    const run = await runCli(['render', 'team.yaml', '--template', 'tpl', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/has no readable chart\.html\.hbs/);
  });
});

describe('carechart render -f pdf without a browser', () => {
  afterEach(() => setBrowserCandidates(undefined));

  it('exits 2 with one message on how to get one, and writes nothing', async () => {
    setBrowserCandidates(async () => []);
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^carechart: No Chrome or Chromium was found on this computer\. .*apt-get install chromium.*brew install --cask chromium.*npx @puppeteer\/browsers install chrome-headless-shell@stable.*--chrome PATH.*CARECHART_CHROME/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['team.yaml']);
  });

  it('does not look elsewhere when CARECHART_CHROME names a missing file', async () => {
    setBrowserCandidates(async () => ['/usr/bin/chromium']);
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf'], { cwd: dir, env: { CARECHART_CHROME: '/nowhere/chrome' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^carechart: CARECHART_CHROME names \/nowhere\/chrome, which does not exist\. .*apt-get install chromium/);
    expect(readdirSync(dir)).toEqual(['team.yaml']);
  });

  it('exits 2 with what the browser said when it will not start, and writes nothing', async () => {
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\necho "chrome: error while loading shared libraries: libnss3.so" >&2\nexit 127\n', { mode: 0o755 });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env: { CARECHART_CHROME: fake } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^carechart: The browser at .*chrome would not start: .*libnss3\.so/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['chrome', 'team.yaml']);
  });
});
