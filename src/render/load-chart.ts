import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';

/**
 * Puts a chart's HTML into a page, ready to print. Each chart of a run has the same head (styles
 * and the embedded fonts) but its title, and decoding the fonts is a quarter of printing a chart:
 * when the page already holds a chart with the same head, only the body and the title are
 * replaced, and the fonts stay loaded. Anything a body could load (images, frames, styles, urls)
 * takes the full way.
 *
 * `printCss` (the page footer) goes into a style sheet of its own, with the chart hidden on screen:
 * the page is only ever printed, and laying a chart out for the screen as well, after each load
 * and again after each print, was a third of the renderer's work. The fonts are then loaded by
 * hand, since nothing on screen asks for them any more.
 */
export async function loadChart(page: Page, html: string, loaded: WeakMap<Page, string>, printCss: string): Promise<void> {
  const body = html.search(/<body[\s>]/i);
  const head = body < 0 ? undefined : html.slice(0, body).replace(TITLE, '<title></title>');
  const css = `@media screen { html { display: none !important; } }\n${printCss}`;
  if (head !== undefined && loaded.get(page) === head && !LOADS.test(html.slice(body))) {
    // Only the title and the body go to the page: the head, half the HTML with its fonts, is there.
    const text = (TITLE.exec(html.slice(0, body))?.[0] ?? '') + html.slice(body);
    await page.evaluate(
      (text: string, id: string, rules: string) => {
        const next = new DOMParser().parseFromString(text, 'text/html');
        document.body.replaceWith(document.importNode(next.body, true));
        document.title = next.title;
        document.getElementById(id)!.textContent = rules;
      },
      text,
      STYLE_ID,
      css,
    );
    return;
  }
  loaded.delete(page);
  await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(
    async (id: string, rules: string) => {
      const style = document.head.appendChild(document.createElement('style'));
      style.id = id;
      style.textContent = rules;
      await Promise.allSettled([...document.fonts].map((font) => font.load()));
    },
    STYLE_ID,
    css,
  );
  if (head !== undefined) loaded.set(page, head);
}

const TITLE = /<title>[^<]*<\/title>/i;
/** Not a name a template could have used for one of its own elements. */
const STYLE_ID = `carechart-print-${randomUUID()}`;
const LOADS = /<(?:img|picture|video|audio|iframe|frame|object|embed|link|style|script|svg|source|track|input|base|meta)\b|url\(|src\s*=|srcset\s*=|href\s*=|background\s*=|style\s*=/i;
