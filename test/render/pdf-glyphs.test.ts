import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { checkYaml } from '../helpers/check-yaml.js';
import { browserEnv, pdffonts, pdftotext, skipBrowserTests } from '../helpers/real-browser.js';
import { tempFiles, TODAY } from './render-helpers.js';

/** The fonts a PDF embeds, without their subset prefix. */
const fontsOf = (file: string) =>
  pdffonts(file)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));

const team = readFileSync(join(process.cwd(), 'test/fixtures/render/every-script.yaml'), 'utf8');

describe.skipIf(skipBrowserTests)('every name prints, in a real Chromium', () => {
  it('gives back every name exactly from the PDF, embeds every font it uses, and names the one character no font has', async () => {
    const dir = tempFiles({ 'team.yaml': team });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env: browserEnv });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`carechart: warning: team.yaml: "😀" (U+1F600) in the name of Sam 😀 Lee (member sam) is in none of the chart's fonts; it may print as an empty box or as a plain symbol\n`);
    const text = pdftotext(join(dir, 'chart.pdf'));
    const { team: resolved } = await checkYaml(team);
    const names = resolved!.members.filter((m) => m.id !== 'sam').map((m) => m.name);
    expect(names).toContain('Nguyễn Thị Mai');
    for (const name of [...names, '王小明']) expect(text).toContain(name);
    for (const family of ['AtkinsonHyperlegible', 'NotoSans-', 'IBMPlexSansArabic', 'NotoSansHebrew', 'NotoSansSC', 'NotoSansJP', 'NotoSansKR']) {
      expect(fontsOf(join(dir, 'chart.pdf')).some((n) => n.startsWith(family))).toBe(true);
    }
  });

  it('prints every glyph of a chart without emoji from the fonts it embedded, none from the system', async () => {
    const dir = tempFiles({ 'team.yaml': team.replace('Sam 😀 Lee', 'Sam Lee') });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.pdf', '--today', TODAY], { cwd: dir, env: browserEnv });
    expect(run.stderr).toBe('');
    const fonts = fontsOf(join(dir, 'chart.pdf'));
    expect(fonts.length).toBeGreaterThan(7);
    // "[none]": Type 3 glyphs Chromium draws from those same fonts for the care map's outlined labels.
    expect(fonts.filter((n) => !/^(AtkinsonHyperlegible|NotoSans|IBMPlexSansArabic|\[none\])/.test(n))).toEqual([]);
  });

  it('puts right-to-left names in a list in the order written, in HTML as <bdi>', async () => {
    const dir = tempFiles({ 'team.yaml': team });
    const run = await runCli(['render', 'team.yaml', '-o', 'chart.html', '--today', TODAY], { cwd: dir, env: browserEnv });
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, 'chart.html'), 'utf8');
    expect(html).toContain('<bdi>فاطمة الزهراء</bdi>');
    expect(html).not.toMatch(/[\u2068\u2069]/);
    expect(html).toContain('unicode-range');
  });

  it("embeds no other script's font in the HTML of a Latin-only chart", async () => {
    const dir = tempFiles({ 'team.yaml': readFileSync(join(process.cwd(), 'examples/rivera-enrollment.yaml'), 'utf8') });
    await runCli(['render', 'team.yaml', '-o', 'chart.html', '--today', TODAY], { cwd: dir, env: browserEnv });
    const html = readFileSync(join(dir, 'chart.html'), 'utf8');
    expect([...html.matchAll(/@font-face \{ font-family: "([^"]+)"/g)].map((m) => m[1])).toEqual(['Atkinson Hyperlegible', 'Atkinson Hyperlegible']);
    expect(statSync(join(dir, 'chart.html')).size).toBeLessThan(100_000);
  });
});
