/**
 * The <svg> node the SVG map draws with: the one the build wrote into index.html when
 * there is one (adopted, no second parse), otherwise built from the boundary files with
 * the same markup function. The markup is ours (geometry + escaped names), parsed as XML.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { geoUrl, loadInsetFrames, loadLabels, loadNational } from '../../geo/boundaries';
import type { GeometryInputs } from '../../geo/national-svg';
import { firstMapLegend, svgMapMarkup, type SvgMapInputs } from './first-map-markup';
import { takeFirstMapSvg } from './first-map-node';

async function loadRegionBorders(): Promise<GeometryInputs['regionBorders']> {
  const res = await fetch(geoUrl('region-borders.json'));
  if (!res.ok) throw new Error(`geo/region-borders.json: HTTP ${res.status}`);
  return (await res.json()) as GeometryInputs['regionBorders'];
}

async function loadInputs(): Promise<SvgMapInputs> {
  const [national, labels, frames, regionBorders] = await Promise.all([loadNational(), loadLabels(), loadInsetFrames(), loadRegionBorders()]);
  return { national, labels, frames, regionBorders };
}

export function parseSvg(markup: string, doc: Document = document): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg') throw new Error('The national map could not be drawn as SVG.');
  return doc.importNode(root, true) as unknown as SVGSVGElement;
}

/** The adopted first-map node, or one built once the boundary files have loaded. */
export function useSvgNode(): { node: SVGSVGElement | null; error: Error | null } {
  const [adopted] = useState(takeFirstMapSvg);
  const built = useQuery({
    queryKey: ['geo', 'svg-map-node'],
    queryFn: async () => parseSvg(svgMapMarkup(await loadInputs(), firstMapLegend())),
    enabled: adopted === null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return { node: adopted ?? built.data ?? null, error: built.error };
}
