import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The chart's fonts, in fallback order: Atkinson Hyperlegible (designed for low-vision readers)
 * for Latin, then Noto for every other script a family's names may be written in. Each npm package
 * ships its font cut into unicode-range subsets; a chart embeds only the subsets its text uses.
 */
const FAMILY_NAMES = {
  'atkinson-hyperlegible': 'Atkinson Hyperlegible',
  'noto-sans': 'Noto Sans', // Latin Extended, Vietnamese, Greek, Cyrillic
  // Noto's Arabic fonts attach letters by moving them, which pdftotext reads as spaces inside a name.
  'ibm-plex-sans-arabic': 'IBM Plex Sans Arabic',
  'noto-sans-hebrew': 'Noto Sans Hebrew',
  'noto-sans-sc': 'Noto Sans SC',
  'noto-sans-jp': 'Noto Sans JP',
  'noto-sans-kr': 'Noto Sans KR',
} as const;
const FAMILIES = Object.keys(FAMILY_NAMES) as (keyof typeof FAMILY_NAMES)[];
const WEIGHTS = [400, 700] as const;

/** The CSS font-family list, primary font first: the same order as the embedded faces. */
export const FONT_STACK = [...FAMILIES.map((id) => `"${familyName(id)}"`), 'sans-serif'].join(', ');

interface Subset {
  name: string;
  ranges: [number, number][];
}

interface Family {
  id: keyof typeof FAMILY_NAMES;
  subsets: Subset[];
}

const require = createRequire(import.meta.url);
let families: Family[] | undefined;
const fileData = new Map<string, string>();

/** Characters that need no glyph: controls, line breaks, bidi and joiner marks, variation selectors. */
const NO_GLYPH = /[\p{Cc}\p{Zl}\p{Zp}\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/u;

const NOT_ASCII = /[^\0-\x7f]/gu;

export interface FontPlan {
  /** The subsets to embed, as `family id → subset names`, in fallback order. */
  subsets: Map<string, Set<string>>;
  /** Characters of the text that no embedded font has: they may print as empty boxes. */
  uncovered: string[];
}

/**
 * Which subsets print `text`, and which of its characters none of them can. A letter takes the
 * first family that has it (Han in the Chinese font before the Japanese one), or its own script's
 * font; a symbol or a mark
 * takes whichever subset already chosen has it, else the smallest file that does, since any
 * embedded face prints it and the CJK fonts' symbol subsets are large.
 */
export function planFonts(text: string): FontPlan {
  families ??= FAMILIES.map(readFamily);
  const chosen: { family: Family; subset: Subset }[] = [{ family: families[0]!, subset: families[0]!.subsets.find((s) => s.name === 'latin')! }];
  const uncovered: string[] = [];
  // ASCII is always in the primary font's latin subset: only the rest is looked at.
  for (const ch of new Set(text.match(NOT_ASCII))) {
    if (NO_GLYPH.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (chosen.some(({ subset }) => covers(subset, cp))) continue;
    const candidates = families.flatMap((family) => family.subsets.filter((s) => covers(s, cp)).map((subset) => ({ family, subset })));
    const own = OWN_FONT.find(([script]) => script.test(ch))?.[1];
    const pick = LETTER.test(ch) ? (candidates.find((c) => c.family.id === own) ?? candidates[0]) : smallest(candidates);
    if (pick) chosen.push(pick);
    else uncovered.push(ch);
  }
  const subsets = new Map<string, Set<string>>();
  for (const family of families) {
    const names = chosen.filter((c) => c.family === family).map((c) => c.subset.name);
    if (names.length > 0) subsets.set(family.id, new Set(names));
  }
  return { subsets, uncovered };
}

/**
 * The chart's font-family, and `@font-face` rules for the subsets in the plan, the files embedded as base64 `data:` URLs so that
 * the HTML stands alone and a PDF printer never fetches anything. Each file is read once per run.
 */
export function fontFaceCss(plan: FontPlan): string {
  const rules = [`:root { font-family: ${FONT_STACK}; }`];
  for (const family of families ?? []) {
    const wanted = plan.subsets.get(family.id);
    if (!wanted) continue;
    for (const subset of family.subsets.filter((s) => wanted.has(s.name))) {
      for (const weight of WEIGHTS) {
        const data = fileBase64(fileOf(family.id, subset.name, weight));
        rules.push(
          `@font-face { font-family: "${familyName(family.id)}"; font-style: normal; font-weight: ${weight}; font-display: block; ` +
            `src: url("data:font/woff2;base64,${data}") format("woff2"); unicode-range: ${rangeText(subset.ranges)}; }`,
        );
      }
    }
  }
  return rules.join('\n');
}

/** "Code point U+1F600" style label for a character: the form a person can look up. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function familyName(id: string): string {
  return FAMILY_NAMES[id as keyof typeof FAMILY_NAMES];
}

function readFamily(id: Family['id']): Family {
  const unicode = JSON.parse(readFileSync(require.resolve(`@fontsource/${id}/unicode.json`), 'utf8')) as Record<string, string>;
  return { id, subsets: Object.entries(unicode).map(([name, text]) => ({ name, ranges: parseRanges(text) })) };
}

const LETTER = /[\p{L}\p{N}]/u;

/** The CJK fonts each hold the others' scripts too, in their own country's letterforms: Korean and kana take their own. */
const OWN_FONT: [RegExp, Family['id']][] = [
  [/\p{Script=Hangul}/u, 'noto-sans-kr'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'noto-sans-jp'],
];

function covers(subset: Subset, cp: number): boolean {
  return subset.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

function smallest<T extends { family: Family; subset: Subset }>(candidates: T[]): T | undefined {
  return candidates.reduce<T | undefined>((best, c) => (best && subsetBytes(best) <= subsetBytes(c) ? best : c), undefined);
}

function fileOf(family: Family['id'], subset: string, weight: number): string {
  return `@fontsource/${family}/files/${family}-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff2`;
}

function subsetBytes({ family, subset }: { family: Family; subset: Subset }): number {
  return statSync(require.resolve(fileOf(family.id, subset.name, 400))).size;
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
  });
}

function rangeText(ranges: readonly [number, number][]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(', ');
}

function fileBase64(spec: string): string {
  let data = fileData.get(spec);
  if (data === undefined) {
    data = readFileSync(require.resolve(spec)).toString('base64');
    fileData.set(spec, data);
  }
  return data;
}
