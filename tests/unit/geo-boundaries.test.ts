import { readPublicJson } from './public-files';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JURISDICTIONS, REGION_IDS } from '../../src/data/reference';
import type {
  CountyRow,
  InsetFrameCollection,
  JurisdictionFeatureCollection,
  LabelAnchors,
  RegionFeatureCollection,
} from '../../src/geo/boundaries';
import { loadNational, resetGeoCache } from '../../src/geo/boundaries';
import { boundsContain, boundsOf, fitZoom, pixelsPerDegree, trueBoundsOf } from '../../src/geo/bounds';
import { COMPOSITE_BOUNDS, INSETS, insetOf, mercatorY } from '../../src/geo/insets';
import type { LngLat } from '../../src/geo/insets';
import { pointInRings } from '../../src/geo/polygon';
import type { Ring } from '../../src/geo/polygon';

// The built files, read from disk (run `npx tsx scripts/build-geo.ts` after changing the build).
const read = <T>(file: string): T => readPublicJson(`geo/${file}`) as T;
const national = read<JurisdictionFeatureCollection>('national.json');
const regions = read<RegionFeatureCollection>('regions.json');
const labels = read<LabelAnchors>('labels.json');
const frames = read<InsetFrameCollection>('inset-frames.json');
const trueJurisdictions = read<JurisdictionFeatureCollection>('jurisdictions.json');
const counties = read<CountyRow[]>('counties.json');

type Shape = JurisdictionFeatureCollection['features'][number]['geometry'];
const polygonsOf = (g: Shape): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const pointsOf = (g: Shape) => polygonsOf(g).flat(2);
const inside = (g: Shape, [x, y]: LngLat) => polygonsOf(g).some((rings) => pointInRings(rings, x, y));
const reference = JURISDICTIONS.map(({ code, fips, name, regionId }) => ({ code, fips, name, regionId }));
const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

describe.each([
  ['national.json (composite)', national],
  ['jurisdictions.json (true geography)', trueJurisdictions],
])('%s', (_name, fc) => {
  it('has the 56 reference jurisdictions, each once, with exactly { code, fips, name, regionId }', () => {
    const props = fc.features.map((f) => f.properties);
    expect(props.map((p) => Object.keys(p))).toEqual(props.map(() => ['code', 'fips', 'name', 'regionId']));
    expect([...props].sort(byCode)).toEqual([...reference].sort(byCode));
  });
});

describe('composite layout', () => {
  it('keeps every jurisdiction inside COMPOSITE_BOUNDS, padded by under 1°', () => {
    const pts = national.features.flatMap((f) => pointsOf(f.geometry));
    expect(pts.every((p) => boundsContain(COMPOSITE_BOUNDS, p))).toBe(true);
    const xs = pts.map((p) => p[0]!);
    const ys = pts.map((p) => p[1]!);
    const [[w, s], [e, n]] = COMPOSITE_BOUNDS;
    for (const pad of [Math.min(...xs) - w, Math.min(...ys) - s, e - Math.max(...xs), n - Math.max(...ys)]) {
      expect(pad).toBeLessThan(1);
    }
  });

  it('draws each inset jurisdiction inside its frame, and no other jurisdiction there', () => {
    expect(frames.features.map((f) => f.properties.inset).sort()).toEqual(INSETS.map((i) => i.id).sort());
    for (const f of national.features) {
      const frame = insetOf(f.properties.code)?.frame;
      const pts = pointsOf(f.geometry);
      if (frame) expect(pts.every((p) => boundsContain(frame, p)), f.properties.code).toBe(true);
      else for (const i of INSETS) expect(pts.some((p) => boundsContain(i.frame, p)), `${f.properties.code} in ${i.id}`).toBe(false);
    }
  });

  it('fits 1280x720 (24 px padding) with every inset jurisdiction at least 25 px across', () => {
    const perDegree = pixelsPerDegree(fitZoom(COMPOSITE_BOUNDS, 1280, 720, 24));
    for (const f of national.features.filter((f) => insetOf(f.properties.code))) {
      const [[w, s], [e, n]] = boundsOf([f.properties.code], national);
      const px = perDegree * Math.max(e - w, mercatorY(n) - mercatorY(s));
      expect(px, f.properties.code).toBeGreaterThanOrEqual(25);
    }
  });

  it('gives Alaska no antimeridian smear: its composite width stays inset-sized', () => {
    const [[w], [e]] = boundsOf(['AK'], national);
    expect(e - w).toBeLessThan(20);
  });
});

describe('regions.json', () => {
  it('has the 10 regions, each { regionId } only', () => {
    expect(regions.features.map((f) => f.properties)).toEqual(REGION_IDS.map((regionId) => ({ regionId })));
  });

  it('puts every jurisdiction in exactly one region: the reference one', () => {
    for (const { code, regionId } of JURISDICTIONS) {
      const anchor = labels.jurisdictions[code]!;
      const containing = regions.features.filter((r) => inside(r.geometry, anchor)).map((r) => r.properties.regionId);
      expect(containing, code).toEqual([regionId]);
    }
  });
});

describe('labels.json', () => {
  it('has an anchor inside each of the 56 jurisdictions', () => {
    expect(Object.keys(labels.jurisdictions).sort()).toEqual(JURISDICTIONS.map((j) => j.code).sort());
    for (const f of national.features) {
      expect(inside(f.geometry, labels.jurisdictions[f.properties.code]!), f.properties.code).toBe(true);
    }
  });

  it('has an anchor inside each of the 10 regions', () => {
    expect(Object.keys(labels.regions).sort()).toEqual(REGION_IDS.map(String).sort());
    for (const r of regions.features) {
      expect(inside(r.geometry, labels.regions[String(r.properties.regionId)]!), `region ${r.properties.regionId}`).toBe(true);
    }
  });
});

describe('counties.json', () => {
  it('lists every county once, territories included, with a plausible true-geography point', () => {
    expect(counties.length).toBeGreaterThan(3200);
    expect(new Set(counties.map((c) => c[0])).size).toBe(counties.length);
    const fipsToCode = new Map(JURISDICTIONS.map((j) => [j.fips, j.code]));
    for (const [fips, name, code, lon, lat] of counties) {
      expect(fipsToCode.get(fips.slice(0, 2)), fips).toBe(code);
      expect(name.length, fips).toBeGreaterThan(0);
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, fips).toBe(true);
    }
    const codes = new Set(counties.map((c) => c[2]));
    for (const code of ['PR', 'VI', 'GU', 'MP', 'AS', 'DC']) expect(codes.has(code), code).toBe(true);
    expect(counties.find((c) => c[0] === '48453')?.slice(0, 3)).toEqual(['48453', 'Travis', 'TX']);
  });
});

describe('boundsOf', () => {
  it("spans a region's insets, so fitting Region 9 shows Hawaii and Guam too", () => {
    const region9 = JURISDICTIONS.filter((j) => j.regionId === 9).map((j) => j.code);
    const bounds = boundsOf(region9, national);
    for (const code of ['CA', 'HI', 'GU', 'MP', 'AS']) {
      const [sw, ne] = boundsOf([code], national);
      expect(boundsContain(bounds, sw) && boundsContain(bounds, ne), code).toBe(true);
    }
  });

  it('falls back to the national view for an empty or unknown set', () => {
    expect(boundsOf([], national)).toEqual(COMPOSITE_BOUNDS);
    expect(boundsOf(['XX'], national)).toEqual(COMPOSITE_BOUNDS);
  });
});

describe('trueBoundsOf (close zoom on an inset jurisdiction)', () => {
  it("boxes Alaska west of the antimeridian instead of spanning the globe", () => {
    const [[w, s], [e, n]] = trueBoundsOf('AK', trueJurisdictions)!;
    expect(w).toBe(-180);
    expect(e).toBeGreaterThan(-131);
    expect(e).toBeLessThan(-129);
    expect(s).toBeGreaterThan(51);
    expect(n).toBeGreaterThan(71);
  });

  it.each([
    ['HI', [-161, 18], [-154, 23]],
    ['GU', [144.5, 13.2], [145, 13.7]],
    ['AS', [-171.2, -14.6], [-168, -11]],
    ['PR', [-68, 17.8], [-65.2, 18.6]],
  ] as const)('boxes %s where it really is', (code, [w0, s0], [e0, n0]) => {
    const [[w, s], [e, n]] = trueBoundsOf(code, trueJurisdictions)!;
    expect(w).toBeGreaterThan(w0);
    expect(s).toBeGreaterThan(s0);
    expect(e).toBeLessThan(e0);
    expect(n).toBeLessThan(n0);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
  });

  it('is null for an unknown code', () => {
    expect(trueBoundsOf('ZZ', trueJurisdictions)).toBeNull();
  });
});

describe('loaders', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetGeoCache();
  });

  it('fetches each file once, and retries after a failure', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValue(new Response(JSON.stringify(national)));
    vi.stubGlobal('fetch', fetchMock);

    await expect(loadNational()).rejects.toThrow('geo/national.json: HTTP 503');
    const [a, b] = await Promise.all([loadNational(), loadNational()]);
    expect(a.features).toHaveLength(56);
    expect(b).toBe(a);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock).toHaveBeenLastCalledWith('/geo/national.json');
  });
});
