/**
 * "Which of the 56 is this point in?" over the TRUE geography (jurisdictions.json).
 * A flatbush index over each polygon part's bbox narrows 56 jurisdictions to one or two
 * candidate parts, then an exact even-odd test decides. Our own 20-line ring test keeps
 * turf (and its 100+ KB) out of the search bundle.
 */
import Flatbush from 'flatbush';
import type { JurisdictionFeatureCollection } from './boundaries';
import { pointInRings, squaredDistanceToRings } from './polygon';
import type { Ring } from './polygon';

export interface JurisdictionIndex {
  /** Code of the jurisdiction containing (lon, lat), or null in the open ocean / abroad. */
  jurisdictionAt(lon: number, lat: number): string | null;
}

export interface JurisdictionIndexOptions {
  /**
   * Points within this many km of a coast still count, because us-atlas's 1:10m
   * coastline cuts off piers, beaches and harbour-front city centres. 0 = exact only.
   */
  coastToleranceKm?: number;
}

const KM_PER_DEGREE = 111.32;

export function createJurisdictionIndex(
  fc: JurisdictionFeatureCollection,
  { coastToleranceKm = 3 }: JurisdictionIndexOptions = {},
): JurisdictionIndex {
  const parts: { code: string; rings: readonly Ring[] }[] = [];
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) parts.push({ code: f.properties.code, rings });
  }
  const index = new Flatbush(Math.max(parts.length, 1));
  for (const { rings } of parts) {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of rings[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    index.add(w, s, e, n);
  }
  if (parts.length === 0) index.add(0, 0, 0, 0); // flatbush refuses an empty index
  index.finish();

  const toleranceDeg = coastToleranceKm / KM_PER_DEGREE;

  return {
    jurisdictionAt(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return null;
      // Same meridian, any spelling: 190 and -170 are both American Samoa's longitude.
      const x = ((((lon + 180) % 360) + 360) % 360) - 180;
      for (const i of index.search(x, lat, x, lat)) {
        const part = parts[i];
        if (part && pointInRings(part.rings, x, lat)) return part.code;
      }
      if (toleranceDeg <= 0) return null;

      // Nearest coast within the tolerance, measured with longitude shrunk by cos(lat)
      // so a km is a km in both directions.
      const cos = Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
      const dx = toleranceDeg / cos;
      let best: string | null = null;
      let bestD2 = toleranceDeg * toleranceDeg;
      for (const i of index.search(x - dx, lat - toleranceDeg, x + dx, lat + toleranceDeg)) {
        const part = parts[i];
        if (!part) continue;
        const scaled = part.rings.map((ring) => ring.map(([px = 0, py = 0]) => [(px - x) * cos, py - lat]));
        const d2 = squaredDistanceToRings(scaled, 0, 0);
        if (d2 <= bestD2) [best, bestD2] = [part.code, d2];
      }
      return best;
    },
  };
}
