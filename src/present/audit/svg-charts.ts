import { escapeHtml as x } from '../html-escape.js';

/**
 * Inline SVG plots for the HTML audit, readable in grayscale and on paper: fills differ by pattern
 * and lightness, never by hue alone, every bar is labelled in text, and a table beside each plot
 * gives the exact numbers.
 */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

const W = 720;
const LABEL = 250;
const BAR = 360;
const ROW = 24;

export function barChart(id: string, title: string, bars: readonly Bar[], max: number): string {
  const h = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 4;
    const w = max > 0 ? Math.max(1, Math.round((b.value / max) * BAR)) : 0;
    return (
      `<text x="${LABEL - 8}" y="${y + 16}" text-anchor="end">${x(b.label)}</text>` +
      `<rect x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 8}" fill="#333"/>` +
      `<text x="${LABEL + w + 6}" y="${y + 16}">${x(b.text)}</text>`
    );
  });
  return svg(id, title, h, rows.join(''));
}

export interface Segment {
  key: string;
  label: string;
  count: number;
}

/** One stacked bar per row; each holder keeps the same fill in every plot (`fills`). */
export function stackedBars(id: string, title: string, rows: readonly { label: string; segments: readonly Segment[] }[], fills: Map<string, number>): string {
  const h = rows.length * ROW + 8;
  const body = rows.map((r, i) => {
    const y = i * ROW + 4;
    const total = r.segments.reduce((n, s) => n + s.count, 0);
    let at = LABEL;
    const parts = r.segments.map((s) => {
      const w = total > 0 ? (s.count / total) * (BAR + 100) : 0;
      const fill = fills.get(s.key) ?? 0;
      const rect = `<rect x="${at.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}" ${fillOf(id, fill)}><title>${x(`${s.label}: ${s.count}`)}</title></rect>`;
      const number = w >= 18 ? countText(at + w / 2, y + 16, s.count, fill) : '';
      at += w;
      return rect + number;
    });
    return `<text x="${LABEL - 8}" y="${y + 16}" text-anchor="end">${x(r.label)}</text>${parts.join('')}`;
  });
  return svg(id, title, h, body.join(''), patterns(id));
}

/** A segment's count in its middle: white on the two dark solids, black with a white halo on the rest. */
function countText(cx: number, y: number, count: number, fill: number): string {
  const dark = fill === 0 || fill === DARK;
  const style = dark ? 'fill="#ffffff"' : 'fill="#000000" stroke="#ffffff" stroke-width="3" paint-order="stroke"';
  return `<text x="${cx.toFixed(1)}" y="${y}" text-anchor="middle" font-weight="bold" ${style} aria-hidden="true">${count}</text>`;
}

/** The key to the fills, as an HTML list with a small swatch for each holder. */
export function legend(id: string, title: string, items: readonly { key: string; label: string }[], fills: Map<string, number>): string {
  const swatches = items.map(
    (item) =>
      `<li><svg width="28" height="16" aria-hidden="true" focusable="false">${patterns(`${id}-${item.key}`)}<rect x="1" y="1" width="26" height="14" ${fillOf(`${id}-${item.key}`, fills.get(item.key) ?? 0)}/></svg> ${x(item.label)}</li>`,
  );
  return `<div class="legend"><p class="legend-title">${x(title)}</p><ul>${swatches.join('')}</ul></div>`;
}

function svg(id: string, title: string, height: number, body: string, defs = ''): string {
  return (
    `<svg id="${id}" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-labelledby="${id}-title" class="chart">` +
    `<title id="${id}-title">${x(title)}</title>${defs}${body}</svg>`
  );
}

/** Ten fills that stay apart in grayscale: solids of three lightnesses, then patterns; the last is `nobody`'s outline. */
const FILLS = ['solid:#1a1a1a', 'hatch', 'solid:#8a8a8a', 'dots', 'solid:#c8c8c8', 'cross', 'lines', 'solid:#555555', 'zigzag'];
export const NOBODY_FILL = FILLS.length;
const DARK = FILLS.indexOf('solid:#555555');

function fillOf(id: string, index: number): string {
  if (index >= NOBODY_FILL) return 'fill="#ffffff" stroke="#000000" stroke-dasharray="3 2"';
  const fill = FILLS[index % FILLS.length]!;
  return fill.startsWith('solid:') ? `fill="${fill.slice(6)}" stroke="#000000" stroke-width="0.5"` : `fill="url(#${id}-${fill})" stroke="#000000" stroke-width="0.5"`;
}

function patterns(id: string): string {
  const p = (name: string, body: string) => `<pattern id="${id}-${name}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/>${body}</pattern>`;
  return (
    `<defs>${p('hatch', '<path d="M0 6L6 0" stroke="#000" stroke-width="1.5"/>')}` +
    `${p('dots', '<circle cx="3" cy="3" r="1.4" fill="#000"/>')}` +
    `${p('cross', '<path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1"/>')}` +
    `${p('lines', '<path d="M0 3H6" stroke="#000" stroke-width="1.5"/>')}` +
    `${p('zigzag', '<path d="M0 4L3 1L6 4" stroke="#000" fill="none" stroke-width="1"/>')}</defs>`
  );
}
