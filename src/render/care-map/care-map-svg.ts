import type { CareMapWords } from '../family-pages-words.js';
import type { CareMapData, MapMember } from './care-map-model.js';
import { BOX, CENTER, FAMILY_RADIUS, MAP_HEIGHT, point, radialLayout, RIM, round, WIDTH, type Placed, type SectorArc } from './layout.js';
import { wrap, xml } from './svg-text.js';
import { FONT_STACK } from '../fonts.js';

// The chart's own fonts (embedded in the HTML and PDF), quoted for an attribute.
const FONT = FONT_STACK.replace(/"/g, "'");
/** Grays only: the map must read the same on a black-and-white printer. */
const INK = '#111';
const LINE = '#444';
const SHADES = ['#f1f1f1', '#ffffff'];
const GAP_COLUMNS = 2;
const GAP_ROWS = 4;
const GAP_ROW = 28;
/** The words of the map being drawn (careMapSvg is synchronous: one map at a time). */
let CARE_MAP: CareMapWords;

/**
 * The care map as a standalone SVG document: text as text, no script, no external reference;
 * everything from the team file escaped. The same data gives the same bytes.
 */
export function careMapSvg(data: CareMapData): string {
  CARE_MAP = data.words;
  const { placed, arcs } = radialLayout(data.members);
  const gapRows = Math.min(GAP_ROWS, Math.ceil(data.gaps.length / GAP_COLUMNS));
  const height = MAP_HEIGHT + (gapRows > 0 ? 50 + gapRows * GAP_ROW : 0) + 40;
  const count = data.members.filter((m) => !m.missingLead).length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="care-map" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="care-map-title care-map-desc" font-family="${FONT}" fill="${INK}">`,
    `<title id="care-map-title">${xml(CARE_MAP.title(data.child))}</title>`,
    `<desc id="care-map-desc">${xml(CARE_MAP.description(data.child, count))}</desc>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${MAP_HEIGHT}" fill="#fff"/>`,
    ...arcs.map(wedge),
    ...placed.map((p) => familyLine(p).line),
    familyCircle(data.child),
    ...arcs.map((arc) => sectorLabel(arc, placed)),
    ...placed.map(box),
    // Last, so that a crowded map never hides a schedule under a neighbour's box.
    ...placed.map((p) => familyLine(p).label),
    ...gapMarkers(data.gaps),
    text(WIDTH / 2, height - 14, CARE_MAP.legend, 'font-size="15" text-anchor="middle"'),
    '</svg>\n',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs ? ` ${attrs}` : ''}>${xml(content)}</text>`;
}

/** A sector's background, out to the edge of the map, in alternating grays. */
function wedge(arc: SectorArc, i: number): string {
  const far = 2000;
  const corners = [arc.from, (arc.from * 2 + arc.to) / 3, (arc.from + arc.to * 2) / 3, arc.to].map((a) => point(a, far));
  const points = [CENTER, ...corners].map((p) => `${p.x},${p.y}`).join(' ');
  const edge = point(arc.from, far);
  return [
    `<polygon points="${points}" fill="${SHADES[i % 2]}"/>`,
    `<line x1="${CENTER.x}" y1="${CENTER.y}" x2="${edge.x}" y2="${edge.y}" stroke="#999" stroke-width="1.5"/>`,
  ].join('\n');
}

/**
 * The sector's name at the rim of its wedge; on the left and right edges, aligned to stay on the
 * page, and moved up or down (the same way every time) when a box is in the way.
 */
function sectorLabel(arc: SectorArc, boxes: readonly Placed<MapMember>[]): string {
  const { x, y } = point(arc.labelAngle, RIM);
  const anchor = x > WIDTH * 0.75 ? 'end' : x < WIDTH * 0.25 ? 'start' : 'middle';
  const lx = anchor === 'end' ? Math.min(x, WIDTH - 12) : anchor === 'start' ? Math.max(x, 12) : x;
  const lines = wrap(CARE_MAP.sectors[arc.sector].toUpperCase(), 18, 2);
  const width = Math.max(...lines.map((l) => [...l].length)) * 11;
  const left = anchor === 'end' ? lx - width : anchor === 'start' ? lx : lx - width / 2;
  const height = lines.length * 19 + 6;
  const clearOf = (cy: number) =>
    cy - height / 2 > 0 &&
    cy + height / 2 < MAP_HEIGHT &&
    boxes.every((b) => Math.abs(b.x - (left + width / 2)) > (BOX.width + width) / 2 + 4 || Math.abs(b.y - cy) > (BOX.height + height) / 2 + 4);
  const away = y < CENTER.y ? -1 : 1;
  const shifts = [0, ...Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? away : -away) * 20 * (Math.floor(i / 2) + 1))];
  const cy = y + (shifts.find((d) => clearOf(y + d)) ?? 0);
  const top = cy - ((lines.length - 1) * 19) / 2 + 6;
  const attrs = `font-size="16" font-weight="700" letter-spacing="0.6" text-anchor="${anchor}" stroke="#fff" stroke-width="4" paint-order="stroke"`;
  return lines.map((line, i) => text(lx, top + i * 19, line, attrs)).join('\n');
}

/** The line from a professional to the family: solid with the schedule, dashed when there is none. */
function familyLine({ node, x, y }: Placed<MapMember>): { line: string; label: string } {
  if (node.family || node.missingLead) return { line: '', label: '' };
  const dash = node.updates ? '' : ' stroke-dasharray="7 6"';
  const line = `<line x1="${x}" y1="${y}" x2="${CENTER.x}" y2="${CENTER.y}" stroke="${LINE}" stroke-width="2"${dash}/>`;
  const words = node.updates ?? [CARE_MAP.noUpdates];
  // The label sits on the line just clear of the box (and never past halfway to the family's circle).
  const dx = CENTER.x - x;
  const dy = CENTER.y - y;
  const length = Math.hypot(dx, dy);
  const leaveBox = Math.min(BOX.width / 2 / Math.max(Math.abs(dx), 1e-9), BOX.height / 2 / Math.max(Math.abs(dy), 1e-9));
  const reachCircle = 1 - 1 / Math.hypot(dx / (FAMILY_RADIUS * 1.3), dy / FAMILY_RADIUS);
  const halfWidth = (Math.max(...words.map((w) => [...w].length)) * 9) / 2;
  const clear = (halfWidth * Math.abs(dx) + words.length * 11 * Math.abs(dy)) / length + 8;
  const along = Math.min((leaveBox + reachCircle) / 2, leaveBox + clear / length);
  const lx = x + dx * along;
  const ly = y + dy * along;
  const attrs = 'font-size="14.5" text-anchor="middle" stroke="#fff" stroke-width="5" paint-order="stroke"';
  const labels = words.map((w, i) => text(lx, ly + (i - (words.length - 1) / 2) * 16 + 5, w, i === 0 ? `${attrs} font-weight="700"` : attrs));
  return { line, label: labels.join('\n') };
}

function familyCircle(child: string): string {
  const lines = wrap(child, 16, 3);
  const top = CENTER.y - (lines.length * 22) / 2 + 6;
  return [
    `<ellipse cx="${CENTER.x}" cy="${CENTER.y}" rx="${FAMILY_RADIUS * 1.3}" ry="${FAMILY_RADIUS}" fill="#fff" stroke="${INK}" stroke-width="4"/>`,
    ...lines.map((l, i) => text(CENTER.x, top + i * 22, l, 'font-size="21" font-weight="700" text-anchor="middle"')),
    text(CENTER.x, top + lines.length * 22 + 4, CARE_MAP.andFamily, 'font-size="15" text-anchor="middle"'),
  ].join('\n');
}

/** A member's box: name and title; the lead drawn with a thick double border and a tag above. */
function box({ node, x, y }: Placed<MapMember>): string {
  const left = round(x - BOX.width / 2);
  const top = round(y - BOX.height / 2);
  const rect = (inset: number, attrs: string) =>
    `<rect x="${round(left + inset)}" y="${round(top + inset)}" width="${BOX.width - inset * 2}" height="${BOX.height - inset * 2}" rx="${Math.max(2, 8 - inset)}" ${attrs}/>`;
  const fill = node.family ? '#e6e6e6' : '#fff';
  // The whole name and title, whatever the box had room for: for screen readers and search.
  const parts: string[] = [`<g><title>${xml(node.missingLead ? CARE_MAP.noLead(node.title) : `${node.name}, ${node.title}`)}</title>`];
  if (node.missingLead) {
    parts.push(rect(0, `fill="#fff" stroke="${INK}" stroke-width="4" stroke-dasharray="9 5"`));
    parts.push(warning(left + 20, y));
    parts.push(...wrap(CARE_MAP.noLead(node.title), 16, 2).map((l, i, all) => text(left + 38, y + 6 + (i - (all.length - 1) / 2) * 18, l, 'font-size="15.5" font-weight="700"')));
    return [...parts, '</g>'].join('\n');
  }
  parts.push(rect(0, `fill="${fill}" stroke="${INK}" stroke-width="${node.lead ? 3 : 1.5}"`));
  if (node.lead) {
    parts.push(rect(5, `fill="none" stroke="${INK}" stroke-width="2"`));
    // The tag goes on the side away from the family's circle, where the line is not.
    const tagY = y > CENTER.y ? top + BOX.height + 18 : top - 7;
    parts.push(text(x, tagY, CARE_MAP.lead(node.title), 'font-size="14.5" font-weight="700" text-anchor="middle" stroke="#fff" stroke-width="4" paint-order="stroke"'));
  }
  // Four lines at most: a long name takes up to three, and leaves the title one.
  const name = wrap(node.name, 19, 3);
  const title = wrap(node.title, 24, 4 - name.length);
  const lines = [...name.map((l) => ({ l, attrs: 'font-size="17" font-weight="700"' })), ...title.map((l) => ({ l, attrs: 'font-size="14.5"' }))];
  const firstY = y + 6 - ((lines.length - 1) * 17.5) / 2;
  parts.push(...lines.map(({ l, attrs }, i) => text(x, firstY + i * 17.5, l, `${attrs} text-anchor="middle"`)));
  return [...parts, '</g>'].join('\n');
}

/** A warning triangle drawn as a shape, so that it needs no glyph from any font. */
function warning(cx: number, cy: number): string {
  const p = (dx: number, dy: number) => `${round(cx + dx)},${round(cy + dy)}`;
  return [
    `<polygon points="${p(0, -11)} ${p(11, 9)} ${p(-11, 9)}" fill="#fff" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>`,
    `<text x="${round(cx)}" y="${round(cy + 6)}" font-size="13" font-weight="700" text-anchor="middle" aria-hidden="true">!</text>`,
  ].join('\n');
}

/** Below the map: each required duty nobody holds, with the same warning mark. */
function gapMarkers(gaps: readonly string[]): string[] {
  if (gaps.length === 0) return [];
  const shown = gaps.length > GAP_COLUMNS * GAP_ROWS ? gaps.slice(0, GAP_COLUMNS * GAP_ROWS - 1) : gaps;
  const items = shown.map((g) => CARE_MAP.gap(g));
  if (shown.length < gaps.length) items.push(CARE_MAP.moreGaps(gaps.length - shown.length));
  const columnWidth = (WIDTH - 80) / GAP_COLUMNS;
  return [
    text(40, MAP_HEIGHT + 32, CARE_MAP.gapsTitle, 'font-size="17" font-weight="700"'),
    ...items.map((item, i) => {
      const x = 40 + (i % GAP_COLUMNS) * columnWidth;
      const y = MAP_HEIGHT + 62 + Math.floor(i / GAP_COLUMNS) * GAP_ROW;
      return `${warning(x + 12, y - 5)}\n${text(x + 32, y, wrap(item, 52, 1)[0] ?? '', 'font-size="15"')}`;
    }),
  ];
}
