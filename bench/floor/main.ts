/**
 * The benchmark's SVG floor: the least a page can do to draw the same 56 jurisdictions
 * with d3-geo — fetch the composite geometry, project it, append one <svg>. No React, no
 * labels, no data. The dashboard's first map picture is reported as a ratio to this page's
 * first contentful paint (the SVG is the only content, so its FCP is the map's).
 */
import { geoIdentity, geoPath } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorY } from '../../src/geo/insets';

type Fc = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

// d3's spherical projections read RFC 7946 winding as "the globe minus the state": project to
// Web Mercator first and draw the plane with an identity projection (as the app's map looks).
const planar = (p: Position): Position => [p[0] ?? 0, mercatorY(p[1] ?? 0)];

async function draw(): Promise<void> {
  const fc = (await (await fetch('/geo/national.json')).json()) as Fc;
  for (const f of fc.features) {
    const g = f.geometry;
    f.geometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(planar)) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(planar))) };
  }
  const width = innerWidth - 48;
  const height = innerHeight - 48;
  const path = geoPath(geoIdentity().reflectY(true).fitSize([width, height], fc));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const f of fc.features) {
    const el = document.createElementNS(ns, 'path');
    el.setAttribute('d', path(f) ?? '');
    el.setAttribute('fill', '#5b8db8');
    el.setAttribute('stroke', '#ffffff');
    el.setAttribute('data-code', f.properties.code);
    svg.appendChild(el);
  }
  document.body.appendChild(svg);
}

void draw();
