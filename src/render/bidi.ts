/** Letters of the right-to-left scripts a name may be written in (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A right-to-left name set apart from the text around it (Unicode's first-strong isolate), so that
 * in "Ana, فاطمة and נועה" the commas and the order of the names stay as written. Other names are
 * returned as they are.
 */
export function isolateBidi(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * In HTML, the same isolation as a `<bdi>` element: Chromium would otherwise copy the invisible
 * isolate characters into a PDF's text. SVG has no such element; there each name is a text of its
 * own, which needs no isolating, so the characters are dropped.
 */
export function isolatesAsElements(html: string): string {
  return html
    .split(/(<svg[\s>][\s\S]*?<\/svg>)/i)
    .map((part, i) => (i % 2 === 1 ? part.replace(/[\u2068\u2069]/g, '') : part.replace(/\u2068([^\u2068\u2069<>]*)\u2069/g, '<bdi>$1</bdi>')))
    .join('');
}
