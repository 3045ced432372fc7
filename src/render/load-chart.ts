import type { Page } from 'puppeteer-core';

/**
 * Puts a chart's HTML into a page. Each chart of a run has the same head (styles and the embedded
 * fonts) but its title, and decoding the fonts is a quarter of printing a chart: when the page
 * already holds a chart with the same head, only the body and the title are replaced, and the
 * fonts stay loaded. Anything a body could load (images, frames, styles, urls) takes the full way.
 */
export async function loadChart(page: Page, html: string, loaded: WeakMap<Page, string>): Promise<void> {
  const body = html.search(/<body[\s>]/i);
  const head = body < 0 ? undefined : html.slice(0, body).replace(/<title>[^<]*<\/title>/i, '<title></title>');
  if (head !== undefined && loaded.get(page) === head && !LOADS.test(html.slice(body))) {
    await page.evaluate((text: string) => {
      const next = new DOMParser().parseFromString(text, 'text/html');
      document.body.replaceWith(document.importNode(next.body, true));
      document.title = next.title;
    }, html);
    return;
  }
  loaded.delete(page);
  await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
  if (head !== undefined) loaded.set(page, head);
}

const LOADS = /<(?:img|picture|video|audio|iframe|frame|object|embed|link|style|script|svg|source|track|input|base|meta)\b|url\(|src\s*=|srcset\s*=|href\s*=|background\s*=|style\s*=/i;
