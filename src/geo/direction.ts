/**
 * Arrow-key navigation between jurisdictions on the composite map: from one label
 * anchor to the nearest other anchor roughly in the pressed direction. Distances are
 * measured in Web Mercator (what the user sees). Within a ±60° cone, a candidate costs its
 * distance along the direction plus its sideways offset, so a state straight ahead beats
 * a slightly nearer one off to the side ("up from FL" is GA, not AL).
 */
import { mercatorY } from './insets';
import type { LngLat } from './insets';

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };
const CONE = Math.PI / 3; // ±60°
/** Weight of sideways offset against distance along the direction. */
const SIDEWAYS_COST = 1;

export function nearestInDirection(from: string, dir: Direction, anchors: Record<string, LngLat>): string | null {
  const origin = anchors[from];
  if (!origin) return null;
  const [ux, uy] = UNIT[dir];
  const oy = mercatorY(origin[1]);
  let best: string | null = null;
  let bestCost = Infinity;
  // Sorted so equal costs resolve the same way whatever order the anchors came in.
  for (const code of Object.keys(anchors).sort()) {
    const p = anchors[code];
    if (code === from || !p) continue;
    const dx = p[0] - origin[0];
    const dy = mercatorY(p[1]) - oy;
    const along = dx * ux + dy * uy;
    const sideways = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || Math.atan2(sideways, along) > CONE) continue;
    const cost = along + SIDEWAYS_COST * sideways;
    if (cost < bestCost) [best, bestCost] = [code, cost];
  }
  return best;
}
