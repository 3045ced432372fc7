import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectorOf } from '../../../src/render/care-map/sectors.js';
import { wrap, xml } from '../../../src/render/care-map/svg-text.js';
import { checkYaml } from '../../helpers/check-yaml.js';
import { runCli } from '../../helpers/run-cli.js';
import { EXAMPLES, example, hostileStrings, hostileTeam, tempFiles, TODAY } from '../render-helpers.js';
import { bigTeam, svgText } from './helpers.js';

async function careMap(text: string, extra: string[] = []): Promise<string> {
  const dir = tempFiles({ 'team.yaml': text });
  const run = await runCli(['render', 'team.yaml', '-f', 'svg', '-o', '-', '--today', TODAY, ...extra], { cwd: dir });
  expect(run.stderr).toBe('');
  return run.stdout;
}

const TEAMS = [...EXAMPLES.map((name) => [name, example(name)] as const), ['12 members', bigTeam(12)] as const, ['20 members', bigTeam(20)] as const];

describe('the care map (render -f svg)', () => {
  it.each(TEAMS)('%s: a valid, static SVG with every member by name, the same bytes every time', async (_name, text) => {
    const svg = await careMap(text);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|\bon[a-z]+=|href=|<foreignObject|<image/i);
    expect(await careMap(text)).toBe(svg);
    const { team } = await checkYaml(text);
    const shown = svgText(svg);
    for (const m of team!.members) expect(shown).toContain(m.name);
  });

  it('draws every member of the examples in full, in a box of its own', async () => {
    for (const name of EXAMPLES) {
      const svg = await careMap(example(name));
      const boxes = new XMLParser({ ignoreAttributes: false }).parse(svg).svg.g as { title: string; text: unknown }[];
      const { team } = await checkYaml(example(name));
      for (const m of team!.members) {
        const box = boxes.find((b) => String(b.title).startsWith(`${m.name},`));
        expect(box, m.name).toBeDefined();
        const lines = [box!.text].flat().map((t) => (typeof t === 'object' ? (t as { '#text': string })['#text'] : String(t)));
        expect(lines.join(' ').replace(/- /g, '-')).toContain(m.name);
      }
    }
  });

  it('highlights the lead, or says nobody holds the lead role yet, and marks required duties nobody holds', async () => {
    const clean = await careMap(example('csa-wraparound-clean'));
    expect(clean).toContain('LEAD · Intensive Care Coordinator');
    expect(clean).not.toContain('nobody yet</text>');
    const gaps = await careMap(example('rivera-enrollment'));
    expect(svgText(gaps)).toMatch(/Case manager:\s+nobody yet/);
    expect(gaps).toContain('Crisis plan: nobody yet');
    expect(gaps).toContain('Gaps: a required part with nobody');
    expect(gaps).toContain('every 2 weeks');
    expect(gaps).toContain('no update schedule');
  });

  it('groups members by sector', async () => {
    const { team } = await checkYaml(example('rivera-enrollment'));
    const sector = (id: string) => sectorOf(team!.byId.get(id)!);
    expect([sector('ana'), sector('dana'), sector('dr-okafor'), sector('hannah'), sector('jordan')]).toEqual(['family', 'school', 'health', 'therapy', 'agencies']);
    const svg = await careMap(example('rivera-enrollment'));
    for (const label of ['FAMILY AND NATURAL', 'SCHOOL', 'HEALTH', 'THERAPY AND', 'AGENCIES AND']) expect(svg).toContain(label);
  });

  it('keeps hostile text as text, and prints initials under --redact', async () => {
    const svg = await careMap(hostileTeam());
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser().parse(svg);
    expect(JSON.stringify(parsed)).not.toMatch(/"(script|img|iframe|link|style|object|embed|image|meta)"/);
    expect(svg).not.toMatch(/<(script|img|iframe|link|style|object|embed|image|meta)\b/i);
    expect(svgText(svg)).toContain(hostileStrings()[0]);
    const redacted = await careMap(example('rivera-enrollment'), ['--redact']);
    expect(redacted).not.toContain('Omar Haddad');
    expect(redacted).toContain('O. H.');
  });

  it('writes NAME.svg beside nothing else, and refuses --summary with it', async () => {
    const dir = tempFiles({ 'team.yaml': example('rivera-enrollment') });
    expect((await runCli(['render', 'team.yaml', '-f', 'svg', '--today', TODAY], { cwd: dir })).status).toBe(0);
    expect(readFileSync(join(dir, 'team.svg'), 'utf8')).toMatch(/^<svg /);
    const both = await runCli(['render', 'team.yaml', '-f', 'svg', '--summary'], { cwd: dir });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--summary');
  });
});

describe('SVG text', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml(`<a href="x">&'\u0001\uD800`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;\uFFFD\uFFFD');
  });
  it('wraps at spaces and after hyphens, and ends what does not fit with an ellipsis', () => {
    expect(wrap('Mariana Castellanos-Whitfield', 14, 3)).toEqual(['Mariana', 'Castellanos-', 'Whitfield']);
    expect(wrap('Mariana Castellanos-Whitfield', 14, 2)).toEqual(['Mariana', 'Castellanos-…']);
    expect(wrap('x'.repeat(30), 10, 2)).toEqual(['x'.repeat(10), `${'x'.repeat(9)}…`]);
  });
});
