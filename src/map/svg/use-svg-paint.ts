/**
 * Keeps the SVG map's paint in step with the legend: fill and opacity per shape, the
 * hatch for "no data", badge colours, and the selected / hovered / highlighted outlines.
 * Attributes are set in place on the 56 shapes (no re-render of the geometry).
 */
import { useLayoutEffect } from 'react';
import type { Legend } from '../../data/legend';
import { legendPaint, UNKNOWN_PAINT } from '../../data/legend-paint';
import { svgFill } from '../../geo/national-svg-markup';

export interface SvgMarks {
  selected: string | null;
  hover: string | null;
  cursor: string | null;
  highlight: readonly string[];
}

function shapesOf(svg: SVGSVGElement): NodeListOf<SVGElement> {
  return svg.querySelectorAll<SVGElement>('[data-state]');
}

export function paintSvg(svg: SVGSVGElement, legend: Legend, visible: ReadonlySet<string> | null): void {
  const paint = legendPaint(legend, visible);
  for (const shape of shapesOf(svg)) {
    const code = shape.dataset.state ?? '';
    const p = paint.get(code) ?? UNKNOWN_PAINT;
    const path = shape.querySelector('path');
    if (!path) continue;
    path.setAttribute('data-fill', p.color);
    path.setAttribute('fill', svgFill(p));
    path.setAttribute('fill-opacity', String(p.opacity));
    svg.querySelector(`[data-label="${code}"] circle`)?.setAttribute('fill', p.color);
  }
  svg.setAttribute('aria-label', `Map of the 56 states and territories: ${legend.title}`);
}

export function markSvg(svg: SVGSVGElement, marks: SvgMarks): void {
  const highlighted = new Set(marks.highlight);
  for (const shape of shapesOf(svg)) {
    const code = shape.dataset.state ?? '';
    shape.classList.toggle('is-selected', code === marks.selected);
    shape.classList.toggle('is-hover', code === marks.hover);
    shape.classList.toggle('is-cursor', code === marks.cursor);
    shape.classList.toggle('is-highlight', highlighted.has(code));
    // drawn last, so its heavy outline is not hidden under its neighbours
    if (code === marks.selected || code === marks.hover) shape.parentNode?.appendChild(shape);
    svg.querySelector(`[data-label="${code}"]`)?.classList.toggle('is-selected', code === marks.selected);
  }
}

export function useSvgPaint(svg: SVGSVGElement | null, legend: Legend, visible: ReadonlySet<string> | null, marks: SvgMarks): void {
  useLayoutEffect(() => {
    if (svg) paintSvg(svg, legend, visible);
  }, [svg, legend, visible]);
  const { selected, hover, cursor, highlight } = marks;
  useLayoutEffect(() => {
    if (svg) markSvg(svg, { selected, hover, cursor, highlight });
  }, [svg, selected, hover, cursor, highlight]);
}
