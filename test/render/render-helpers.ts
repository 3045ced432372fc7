import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkYaml } from '../helpers/check-yaml.js';
import { buildChartView, type ViewOptions } from '../../src/render/view-model.js';
import type { ChartView } from '../../src/render/view-types.js';
import { readFileSync } from 'node:fs';
import { loadMessages } from '../../src/i18n/load-locale.js';

export const TODAY = '2026-11-23';
export const EXAMPLES = ['csa-wraparound-clean', 'csa-wraparound-gaps', 'rivera-after-questions', 'rivera-enrollment'] as const;
export const SECTION_HEADINGS = [
  'Who to call first',
  'The team',
  'Responsibilities',
  'Who does what at a glance',
  'Decisions',
  'Review schedule',
  'Gaps and questions',
  'Sign-off',
];

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'carechart-render-'));
}

/** Writes files into a fresh temp folder; returns the folder. */
export function tempFiles(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The view model of a team file given as text (or of an example, by name). */
export async function viewOf(text: string, options: Partial<ViewOptions> = {}): Promise<ChartView> {
  const check = await checkYaml(text, { today: TODAY });
  if (!check.team || !check.model) throw new Error(`not renderable: ${JSON.stringify(check.result.findings)}`);
  return buildChartView(check.team, check.model, check.result.findings, {
    today: TODAY,
    redact: false,
    gaps: true,
    paper: 'letter',
    landscape: false,
    say: check.say ?? loadMessages('en'),
    ...options,
  });
}

export function example(name: string): string {
  return readFileSync(join(process.cwd(), 'examples', `${name}.yaml`), 'utf8');
}

/** The cells of a Markdown table row, split on pipes that are not backslash-escaped. */
export function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cell += c + line[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.slice(1, -1); // the leading and trailing pipes
}

/** Each Markdown table as its rows' cell counts: [[header, separator, row, ...], ...]. */
export function markdownTables(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push(markdownCells(line).length);
    } else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** The HTML with the embedded font's base64 cut out: snapshots stay readable. */
export function withoutFontData(html: string): string {
  return html.replace(/(data:font\/woff2;base64,)[A-Za-z0-9+/=]+/g, '$1…');
}

/** Markup that must stay text: every kind that could run a script, load a resource or break a table. */
export function hostileStrings(base = 'http://127.0.0.1:9'): string[] {
  return [
    '<script>alert(1)</script>',
    `<img src=${base}/img.png onerror=alert(1)>`,
    `<iframe src="${base}/frame.html"></iframe>`,
    `<link rel=stylesheet href=${base}/x.css>`,
    `<style>@import url(${base}/import.css); body { background: url(${base}/bg.png) }</style>`,
    `<object data="${base}/obj"></object><embed src="${base}/embed"><video poster="${base}/poster.png"></video>`,
    `<svg><image href="${base}/svg.png"/></svg><meta http-equiv="refresh" content="0;url=${base}/refresh">`,
    '{{constructor.constructor}} {{#each this}}x{{/each}}',
    '| pipe | in | name',
    '**bold** _it_ [link](http://example.org) `code`',
    'Line one\nLine two\r\n# heading',
  ];
}

/** A team file whose every text field holds one of the hostile strings; all of them occur. */
export function hostileTeam(base?: string): string {
  const bad = hostileStrings(base);
  const pick = (i: number) => JSON.stringify(bad[i % bad.length]);
  const members = bad.map((_, i) =>
    [
      `  - id: m${i}`,
      `    name: ${pick(i)}`,
      `    title: ${pick(i + 1)}`,
      `    role: ${i === 0 ? 'parent' : 'case-manager'}`,
      `    organization: ${pick(i + 2)}`,
      `    credentials: [${pick(i + 3)}]`,
      `    supervisor: m${(i + 1) % bad.length}`,
      `    contact: { phone: ${pick(i + 4)}, email: ${pick(i + 5)}, hours: ${pick(i + 6)}, language: es }`,
      `    updates: { every: 2 weeks, via: ${pick(i + 7)} }`,
      `    conflict-safeguard: ${pick(i + 8)}`,
      `    notes: ${pick(i + 9)}`,
    ].join('\n'),
  );
  const ids = bad.map((_, i) => `m${i}`);
  return [
    'carechart: 1',
    'model: case-management',
    'child:',
    `  name: ${pick(0)}`,
    'program:',
    `  name: ${pick(1)}`,
    `  service-model: ${pick(2)}`,
    '  review: { every: 90 days, last: 2026-10-01 }',
    'members:',
    ...members,
    'responsibilities:',
    `  crisis-response: { accountable: m1, backup: m2, notes: ${pick(3)} }`,
    `  single-point-of-contact: { accountable: m3, notes: ${pick(4)} }`,
    `  service-plan: { accountable: m4, responsible: [${ids.join(', ')}], consulted: [m0], informed: [m5], notes: ${pick(5)} }`,
    `  crisis-plan: { accountable: m6, notes: ${pick(6)} }`,
    `  assessment: { accountable: m7, consulted: [${ids.join(', ')}] }`,
    `  plan-monitoring: { accountable: m8 }`,
    `  scheduling: { accountable: m9, informed: [${ids.join(', ')}] }`,
    `  plan-review: { accountable: m10 }`,
    'decisions:',
    `  service-plan-approval: { decides: m0, agree: [m1], recommends: [m2], input: [${ids.join(', ')}], notes: ${pick(7)} }`,
    '',
  ].join('\n');
}
