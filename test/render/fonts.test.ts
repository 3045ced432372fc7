import { describe, expect, it } from 'vitest';
import { isolateBidi, isolatesAsElements } from '../../src/render/bidi.js';
import { fontFaceCss, parseRanges, planFonts } from '../../src/render/fonts.js';
import { markUntaggedText } from '../../src/render/pdf-accessibility.js';

const families = (text: string) => Object.fromEntries([...planFonts(text).subsets].map(([family, subsets]) => [family, [...subsets].sort()]));

describe('the font subsets a chart embeds', () => {
  it('takes only the primary font for a Latin-only text', () => {
    expect(families('Ana Rivera, Case Manager — 555-0100 · café')).toEqual({ 'atkinson-hyperlegible': ['latin'] });
  });

  it.each([
    ['Nguyễn Thị Mai', 'noto-sans', 'vietnamese'],
    ['Νίκος', 'noto-sans', 'greek'],
    ['Ольга', 'noto-sans', 'cyrillic'],
    ['فاطمة', 'ibm-plex-sans-arabic', 'arabic'],
    ['נועה', 'noto-sans-hebrew', 'hebrew'],
    ['김민준', 'noto-sans-kr', undefined],
    ['さくら', 'noto-sans-jp', undefined],
    ['王小明', 'noto-sans-sc', undefined],
  ])('covers %s with %s', (name, family, subset) => {
    const plan = planFonts(name);
    expect(plan.uncovered).toEqual([]);
    expect(plan.subsets.has(family)).toBe(true);
    if (subset) expect([...plan.subsets.get(family)!]).toContain(subset);
    // Only what the name needs: the primary font's Latin subset and the script's own subsets.
    expect([...plan.subsets.keys()].sort()).toEqual(['atkinson-hyperlegible', family].sort());
  });

  it('prints Han in the Chinese font before the Japanese one', () => {
    expect(families('王').hasOwnProperty('noto-sans-sc')).toBe(true);
    expect(families('王').hasOwnProperty('noto-sans-jp')).toBe(false);
  });

  it('names the characters no font has, and needs no glyph for controls and isolates', () => {
    expect(planFonts('Sam 😀 Lee\u2068x\u2069\n').uncovered).toEqual(['😀']);
  });

  it('covers a symbol with one small subset rather than failing or taking a large one', () => {
    const plan = planFonts('⚠ ■ ▲ ●');
    expect(plan.uncovered).toEqual([]);
  });

  it('writes a face per subset and weight, with its unicode-range, and the font stack first', () => {
    const css = fontFaceCss(planFonts('Nguyễn'));
    expect(css.split('\n')[0]).toMatch(/^:root \{ font-family: "Atkinson Hyperlegible", "Noto Sans", .*sans-serif; \}$/);
    const faces = css.split('\n').slice(1);
    expect(faces.map((f) => /font-family: "([^"]+)".*font-weight: (\d+)/.exec(f)!.slice(1).join(' '))).toEqual([
      'Atkinson Hyperlegible 400',
      'Atkinson Hyperlegible 700',
      'Noto Sans 400',
      'Noto Sans 700',
    ]);
    for (const face of faces) expect(face).toMatch(/src: url\("data:font\/woff2;base64,[A-Za-z0-9+/=]+"\) format\("woff2"\); unicode-range: U\+[0-9A-F]{4}/);
  });

  it('reads unicode ranges', () => {
    expect(parseRanges('U+0000-00FF,U+0131, U+1F600')).toEqual([[0, 255], [0x131, 0x131], [0x1f600, 0x1f600]]);
  });
});

describe('right-to-left names', () => {
  it('isolates a Hebrew or Arabic name and leaves others alone', () => {
    expect(isolateBidi('נועה כהן')).toBe('\u2068נועה כהן\u2069');
    expect(isolateBidi('فاطمة')).toBe('\u2068فاطمة\u2069');
    expect(isolateBidi('Ana Rivera')).toBe('Ana Rivera');
    expect(isolateBidi('王小明')).toBe('王小明');
  });

  it('becomes <bdi> in HTML, and nothing inside SVG, where each name is a text of its own', () => {
    expect(isolatesAsElements('<td>Ana, \u2068נועה\u2069 and \u2068فاطمة\u2069</td>')).toBe('<td>Ana, <bdi>נועה</bdi> and <bdi>فاطمة</bdi></td>');
    expect(isolatesAsElements('<p>\u2068נועה\u2069</p><svg viewBox="0 0 1 1"><text>\u2068נועה\u2069</text></svg>')).toBe('<p><bdi>נועה</bdi></p><svg viewBox="0 0 1 1"><text>נועה</text></svg>');
  });
});

describe('page furniture as PDF artifacts', () => {
  const tagged = '/P <</MCID 0 >>BDC\nBT\n/F4 10 Tf\n<0001> Tj\nET\nEMC\n';
  const artifact = '/Artifact <</Type /Pagination >>BDC\nBT\n<0002> Tj\nET\nEMC\n';

  it('wraps text outside any tagged content as an artifact', () => {
    const footer = 'q\nBT\n/F4 9 Tf\n<0003> Tj\nET\nQ\n';
    expect(markUntaggedText(tagged + footer)).toBe(`${tagged}q\n/Artifact BMC\nBT\n/F4 9 Tf\n<0003> Tj\nET\nEMC\nQ\n`);
  });

  it('leaves tagged text, artifacts and text objects that hold marked content as they are', () => {
    expect(markUntaggedText(tagged + artifact)).toBe(tagged + artifact);
    const inner = 'BT\n/Span <</MCID 4 >>BDC\n<0005> Tj\nEMC\nET\n';
    expect(markUntaggedText(inner)).toBe(inner);
  });

  it('reads strings and dictionaries whole, whatever they hold', () => {
    const tricky = '/P <</MCID 1 /Alt (BT \\) ET) >>BDC\nBT\n(ET) Tj\nET\nEMC\n';
    expect(markUntaggedText(tricky)).toBe(tricky);
  });
});
