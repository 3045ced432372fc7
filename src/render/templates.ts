import Handlebars from 'handlebars';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isolatesAsElements } from './bidi.js';
import { careMapSvg } from './care-map/care-map-svg.js';
import type { CareMapData } from './care-map/care-map-model.js';
import { fontFaceCss, planFonts } from './fonts.js';
import { escapeMarkdown } from '../present/markdown-escape.js';
import { existsSync } from 'node:fs';
import type { PageKind } from './render-options.js';
import { DEFAULT_LANG, loadMessages } from '../i18n/load-locale.js';
import { chartWords } from './chart-words.js';

export type TextFormat = 'md' | 'html';

/** A template folder that is missing a file, does not compile or fails on the view model: exit 2. */
export class TemplateError extends Error {}

/** The helpers a template may use besides Handlebars' own (if, unless, each, with, lookup). */
export const HELPERS = ['md', 'fontFaces', 'careMap', 't'] as const;

/**
 * Strict: a misspelled field is an error, not an empty cell. knownHelpersOnly: a template can call
 * nothing but the helpers above. Escaping stays on, and no prototype-access option is ever given.
 */
const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
} as const;

export interface ChartTemplates {
  render(format: TextFormat, view: object): string;
}

/** The template file of each page (the care map is drawn in code: it has none). */
const PAGE_FILE: Record<Exclude<PageKind, 'map'>, string> = { chart: 'chart', summary: 'summary', letter: 'letter' };

type Compiled = (context: unknown) => string;

/** Where `{{fontFaces}}` stands until the chart's text says which font subsets it needs. */
const FONT_FACES = `/* carechart-font-faces-${Math.random().toString(36).slice(2)} */`;

/**
 * Loads `<page>.<format>.hbs` for each format asked for, and every `partials/*.hbs`, from `dir`. A
 * `--template` folder written for the chart alone (no summary or letter template) leaves those two
 * pages to the built-in templates in `builtIn`.
 */
export async function loadTemplates(
  chosen: string,
  formats: ReadonlySet<TextFormat>,
  page: Exclude<PageKind, 'map'> = 'chart',
  builtIn = chosen,
): Promise<ChartTemplates> {
  const file = PAGE_FILE[page];
  const dir = page === 'chart' || [...formats].every((f) => existsSync(join(chosen, `${file}.${f}.hbs`))) ? chosen : builtIn;
  const hb = Handlebars.create();
  hb.registerHelper('md', function md(...args: unknown[]) {
    if (args.length !== 2) throw new hb.Exception('the md helper takes exactly one value, like {{md name}}');
    // Escaped for Markdown here, so the output is marked safe from Handlebars' HTML escaping.
    return new hb.SafeString(escapeMarkdown(args[0]));
  });
  // The faces depend on the chart's text, so they are put in once the chart is written out.
  hb.registerHelper('fontFaces', () => new hb.SafeString(FONT_FACES));
  // The care map is drawn, and every text in it escaped for SVG, by care-map-svg.ts.
  hb.registerHelper('careMap', (data: CareMapData) => new hb.SafeString(careMapSvg(data)));
  let words: ReturnType<typeof chartWords> | undefined;
  hb.registerHelper('t', function t(...args: unknown[]) {
    const options = args.at(-1) as { hash: Record<string, unknown> };
    if (args.length !== 2 || typeof args[0] !== 'string') throw new hb.Exception('the t helper takes one message key, like {{t "chart.team.heading"}}');
    if (!words) throw new Error('a chart is rendered without its language');
    return new hb.SafeString(words(args[0], options.hash));
  });

  const partialDir = join(dir, 'partials');
  const partialFiles = await readdir(partialDir).catch(() => [] as string[]);
  for (const file of partialFiles.filter((f) => f.endsWith('.hbs')).sort()) {
    const source = await readTemplate(join(partialDir, file), `partials/${file}`);
    hb.registerPartial(basename(file, '.hbs'), compileChecked(hb, `partials/${file}`, source));
  }
  const templates = new Map<TextFormat, Compiled>();
  for (const format of formats) {
    const name = `${file}.${format}.hbs`;
    templates.set(format, compileChecked(hb, name, await readTemplate(join(dir, name), name)));
  }
  return {
    render(format, view) {
      const template = templates.get(format);
      if (!template) throw new Error(`no ${format} template was loaded`);
      try {
        const lang = (view as { lang?: string }).lang ?? DEFAULT_LANG;
        words = chartWords(loadMessages(lang), format, (text) => hb.Utils.escapeExpression(text));
        // NFC: a name typed with combining marks prints, and copies out of a PDF, as one letter each.
        const text = template(view).normalize('NFC');
        if (format !== 'html') return text;
        const html = isolatesAsElements(text);
        return html.replace(FONT_FACES, () => fontFaceCss(planFonts(html.replace(FONT_FACES, ''))));
      } catch (error) {
        throw new TemplateError(`The template ${file}.${format}.hbs in ${dir} failed: ${oneLine(error)}`);
      }
    },
  };
}

async function readTemplate(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new TemplateError(`The template folder has no readable ${name} (looked for ${path})`);
  }
}

/**
 * Compiles now rather than on first use, so that a broken template stops the run before anything
 * is written; once, into the same code `hb.compile` would build on first use.
 */
function compileChecked(hb: typeof Handlebars, name: string, source: string): Compiled {
  let spec: unknown;
  try {
    spec = hb.precompile(source, COMPILE_OPTIONS);
  } catch (error) {
    throw new TemplateError(`The template ${name} does not compile: ${oneLine(error)}`);
  }
  // precompile gives the template as JavaScript source, as Handlebars' own compile evaluates it.
  return hb.template(new Function(`return ${String(spec)}`)() as Parameters<typeof hb.template>[0]);
}

/** Handlebars' messages span lines (the source line and a caret): one line for the terminal. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .filter((line) => !/^\s*-*\^\s*$/.test(line))
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}
