/**
 * Small planar polygon helpers shared by the point lookup (runtime) and the geo build
 * (label and county anchor points). Rings are GeoJSON-style closed [x, y] arrays; the
 * caller picks the plane (lon/lat, or lon·cos(lat) / Mercator y for fair distances).
 */

export type Ring = readonly (readonly number[])[];
export type XY = [number, number];

/** Even-odd test over all rings at once, so holes (lakes, bays) count as outside. */
export function pointInRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      const ay = a[1]!;
      const by = b[1]!;
      if (ay > y !== by > y) {
        const ax = a[0]!;
        if (x < ((b[0]! - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      }
    }
  }
  return inside;
}

/** Squared distance from (x, y) to the nearest edge of any ring. */
export function squaredDistanceToRings(rings: readonly Ring[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = ring[i - 1]![0]!;
      const ay = ring[i - 1]![1]!;
      const dx = ring[i]![0]! - ax;
      const dy = ring[i]![1]! - ay;
      const len = dx * dx + dy * dy;
      const t = len > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

/** Signed shoelace area: positive when the ring runs counter-clockwise (y up). */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  }
  return sum / 2;
}

/** Area of a polygon (outer ring minus holes). */
export function polygonArea(rings: readonly Ring[]): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(ring)), 0);
}

/** The part with the largest area: where a multi-part shape's label belongs. */
export function largestPolygon<R extends Ring>(polygons: readonly (readonly R[])[]): readonly R[] {
  let best: readonly R[] = [];
  let bestArea = -Infinity;
  for (const rings of polygons) {
    const area = polygonArea(rings);
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return best;
}

function bboxOf(rings: readonly Ring[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const p of ring) {
      w = Math.min(w, p[0]!);
      e = Math.max(e, p[0]!);
      s = Math.min(s, p[1]!);
      n = Math.max(n, p[1]!);
    }
  }
  return [w, s, e, n];
}

/**
 * Midpoints of the inside spans of horizontal lines across the polygon. Each is inside by
 * construction, so they seed the search even for thin or hooked shapes a grid would miss.
 */
function scanlineSeeds(rings: readonly Ring[], s: number, n: number, lines: number): XY[] {
  const seeds: XY[] = [];
  for (let k = 0; k < lines; k++) {
    // Odd fractions of the height avoid landing exactly on a vertex row.
    const y = s + ((n - s) * (2 * k + 1.01)) / (2 * lines);
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        if (a[1]! > y !== b[1]! > y) xs.push(a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!));
      }
    }
    xs.sort((p, q) => p - q);
    for (let i = 0; i + 1 < xs.length; i += 2) seeds.push([(xs[i]! + xs[i + 1]!) / 2, y]);
  }
  return seeds;
}

/**
 * A point well inside the polygon: the sampled point farthest from its edges (a coarse
 * pole of inaccessibility), refined around the best sample. `score` may trade that
 * distance against something else (e.g. keeping clear of other labels).
 */
export function interiorPoint(
  rings: readonly Ring[],
  grid = 24,
  score: (x: number, y: number, edgeDistance: number) => number = (_x, _y, d) => d,
): XY {
  const [w, s, e, n] = bboxOf(rings);
  const evaluate = (x: number, y: number) =>
    pointInRings(rings, x, y) ? score(x, y, Math.sqrt(squaredDistanceToRings(rings, x, y))) : -Infinity;

  let best: XY = scanlineSeeds(rings, s, n, 1)[0] ?? [(w + e) / 2, (s + n) / 2];
  let bestScore = evaluate(best[0], best[1]);
  const consider = (x: number, y: number) => {
    const v = evaluate(x, y);
    if (v > bestScore) [best, bestScore] = [[x, y], v];
  };
  for (const [x, y] of scanlineSeeds(rings, s, n, grid)) consider(x, y);
  let [stepX, stepY] = [(e - w) / grid, (n - s) / grid];
  for (let i = 0; i <= grid; i++) for (let j = 0; j <= grid; j++) consider(w + i * stepX, s + j * stepY);
  for (let round = 0; round < 4; round++) {
    const [cx, cy] = best;
    for (let i = -3; i <= 3; i++) for (let j = -3; j <= 3; j++) consider(cx + (i * stepX) / 3, cy + (j * stepY) / 3);
    [stepX, stepY] = [stepX / 3, stepY / 3];
  }
  return best;
}
