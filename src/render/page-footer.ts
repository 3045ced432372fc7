import type { PDFOptions } from 'puppeteer-core';
import { FONT_STACK } from './fonts.js';
import { escapeHtml } from '../present/html-escape.js';

/**
 * The line at the foot of every printed page: the child's name and "Page N of M".
 *
 * Chromium 131 and later draw it from CSS page margin boxes, set on the loaded chart. Older ones
 * get Chromium's header and footer templates instead: same text, but each page's footer is then a
 * small scripted page of its own, which made up about 40% of printing a chart.
 */
export interface PageFooter {
  /** The style sheet that draws it ('' when Chromium's templates do). */
  css(text: string, words: PageWords): string;
  /** What page.pdf needs for it. */
  pdfOptions(text: string, words: PageWords): Pick<PDFOptions, 'displayHeaderFooter' | 'headerTemplate' | 'footerTemplate'>;
}

/** "Page" and "of", in the chart's language ("Página … de …"). */
export interface PageWords {
  page: string;
  of: string;
}

/** The footer for the browser whose version string puppeteer gives (e.g. "HeadlessChrome/156.0.8078.73"). */
export function pageFooter(browserVersion: string): PageFooter {
  const major = Number(/\/(\d+)\./.exec(browserVersion)?.[1]);
  return major >= 131 ? MARGIN_BOXES : TEMPLATES;
}

// The chart's own fonts, so that the footer prints in the embedded font like the rest of the page.
const FONT = `font: 9px ${FONT_STACK}; color: #333;`;

const MARGIN_BOXES: PageFooter = {
  css: (text, words) =>
    `@page { @bottom-left { content: ${cssString(text)}; ${FONT} } @bottom-right { content: ${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.of} `)} counter(pages); ${FONT} } }`,
  pdfOptions: () => ({ displayHeaderFooter: false }),
};

const TEMPLATES: PageFooter = {
  css: () => '',
  pdfOptions(text, words) {
    const style = `width:100%;margin:0 13mm;${FONT}display:flex;justify-content:space-between;`;
    const footerTemplate = `<div style="${style}"><span>${escapeHtml(text)}</span><span>${escapeHtml(words.page)} <span class="pageNumber"></span> ${escapeHtml(words.of)} <span class="totalPages"></span></span></div>`;
    return { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate };
  },
};

/** A CSS string: every character but letters, digits and spaces as a hex escape, so nothing can end it. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}
