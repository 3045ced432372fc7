import { SECTORS, type Sector } from './sectors.js';

/** A node to place: a member, or the lead role that nobody holds. */
export interface MapNode {
  sector: Sector;
}

export interface Placed<T> {
  node: T;
  /** The box's center. */
  x: number;
  y: number;
}

export interface SectorArc {
  sector: Sector;
  /** Where its name goes, at the rim: outside every box, where no line runs. */
  labelAngle: number;
  /** Radians, clockwise from straight up. */
  from: number;
  to: number;
}

export const WIDTH = 1200;
export const MAP_HEIGHT = 1040;
export const CENTER = { x: WIDTH / 2, y: MAP_HEIGHT / 2 };
export const BOX = { width: 196, height: 84 };
/** The family circle at the center, and the two rings the members sit on (x stretched: boxes are wide). */
export const FAMILY_RADIUS = 92;
const RINGS = [288, 425];
const SINGLE_RING = 330;
const STRETCH = 1.15;
/** Where the sectors' names go: outside every box. */
export const RIM = 500;

/**
 * A deterministic radial layout, the way families draw care maps: every sector gets a wedge in
 * proportion to its members (at least one slot, so an empty sector still shows), members spread
 * evenly inside it; past ten members, neighbours alternate between an inner and an outer ring so
 * that their boxes never touch. The same nodes always give the same numbers.
 */
export function radialLayout<T extends MapNode>(nodes: readonly T[]): { placed: Placed<T>[]; arcs: SectorArc[] } {
  const bySector = SECTORS.map((sector) => ({ sector, nodes: nodes.filter((n) => n.sector === sector) }));
  const slots = bySector.reduce((sum, s) => sum + Math.max(1, s.nodes.length), 0);
  const step = (2 * Math.PI) / slots;
  const twoRings = nodes.length > 10;
  // The family's wedge is centered at the top.
  let angle = -(Math.max(1, bySector[0]!.nodes.length) * step) / 2;
  const placed: Placed<T>[] = [];
  const arcs: SectorArc[] = [];
  let index = 0;
  for (const { sector, nodes: members } of bySector) {
    const width = Math.max(1, members.length) * step;
    arcs.push({ sector, from: angle, to: angle + width, labelAngle: angle + width / 2 });
    members.forEach((node, i) => {
      const a = angle + (i + 0.5) * step;
      const r = twoRings ? RINGS[index % 2]! : SINGLE_RING;
      placed.push({ node, ...point(a, r) });
      index++;
    });
    angle += width;
  }
  return { placed, arcs };
}

/** The point at `angle` (clockwise from up) and radius `r` on the stretched rings. */
export function point(angle: number, r: number): { x: number; y: number } {
  return { x: round(CENTER.x + Math.sin(angle) * r * STRETCH), y: round(CENTER.y - Math.cos(angle) * r) };
}

/** One decimal: the SVG's bytes depend on nothing but the input. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
