import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { hostileStrings, hostileTeam, markdownTables, tempFiles, TODAY } from './render-helpers.js';

/** Every tag the built-in HTML template writes itself. */
const OUR_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p span main section table thead tbody tr th td strong br ol li div svg desc g rect polygon line ellipse text'.split(' '),
);

describe('hostile text in a team file', async () => {
  const dir = tempFiles({ 'team.yaml': hostileTeam() });
  const render = (format: string) => runCli(['render', join(dir, 'team.yaml'), '-f', format, '-o', '-', '--today', TODAY], { cwd: dir });

  it('is checked as a team file with no blocking errors', async () => {
    const run = await render('md');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('never becomes a tag, an attribute or a style in HTML', async () => {
    const html = (await render('html')).stdout;
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html.match(/<meta/g)).toHaveLength(4);
    expect(html).not.toMatch(/<[^>]*\s(?:on\w+|src|href|data|poster)\s*=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;http://127.0.0.1:9/img.png onerror&#x3D;alert(1)&gt;');
    // Handlebars in the data is printed, never evaluated.
    expect(html).toContain('{{constructor.constructor}} {{#each this}}x{{/each}}');
  });

  it('never breaks a Markdown table or becomes markup', async () => {
    const md = (await render('md')).stdout;
    const tables = markdownTables(md);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(new Set(table).size).toBe(1);
    expect(md).not.toContain('<');
    expect(md).toContain('\\*\\*bold\\*\\* \\_it\\_ \\[link\\](http://example.org) \\`code\\`');
    expect(md).toContain('Line one Line two # heading');
    expect(md).toContain('\\| pipe \\| in \\| name');
    expect(md).toContain('{{constructor.constructor}}');
    // Every hostile string reached the chart (escaped): the test covers what it says.
    expect(hostileStrings().every((s) => md.includes(s.split(/[<>|*_`[\]\n]/).find((p) => p.trim().length > 3)!.trim()))).toBe(true);
  });
});
