/**
 * The <svg> the build wrote into index.html, taken out of the static shell before React's
 * first render replaces it, so the app can put the very same node back where the map goes:
 * no second parse, no flash, nothing moves.
 */
import { FIRST_MAP_ID } from './first-map-markup';

let adopted: SVGSVGElement | null = null;

/** Call once, before the first render. Without a shell (dev reloads, tests) it does nothing. */
export function adoptFirstMap(doc: Document = document): void {
  const svg = doc.getElementById(FIRST_MAP_ID)?.querySelector('svg');
  if (svg) {
    svg.remove();
    adopted = svg;
  }
}

/** The adopted node, once: a later map (after a remount) builds its own. */
export function takeFirstMapSvg(): SVGSVGElement | null {
  const node = adopted;
  adopted = null;
  return node;
}

let current: SVGSVGElement | null = null;

/** The SVG map on screen (set by SvgMap), which exports and print draw from. */
export function setCurrentSvgMap(svg: SVGSVGElement | null): void {
  current = svg;
}

export function currentSvgMap(): SVGSVGElement | null {
  return current;
}
