import { describe, expect, it } from 'vitest';
import { byteShare, decodeVlq, isVendorSource } from '../../bench/sourcemap-share';
import { chunkName, htmlAssets } from '../../bench/sizes';
import { seededPoints } from '../../bench/micro';

describe('sourcemap byte attribution', () => {
  it('decodes Base64 VLQ fields, including signs and continuation digits', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('ECAD')).toEqual([2, 1, 0, -1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(() => decodeVlq('A!')).toThrow(/invalid/);
  });

  it('credits each generated character to the source of the segment covering it', () => {
    // line 0: "ab" from src/a.ts, "c" + newline from node_modules; line 1: "def" from src/a.ts
    const share = byteShare('abc\ndef', {
      sources: ['src/a.ts', 'node_modules/x/index.js'],
      mappings: 'AAAA,ECAA;ADAA',
    });
    expect(share).toMatchObject({ app: 5, vendor: 2, unmapped: 0 });
    expect(share.bySource.get('src/a.ts')).toBe(5);
  });

  it('counts code no segment maps as unmapped, not as ours', () => {
    const share = byteShare('xxabc', { sources: ['src/a.ts'], mappings: 'EAAA' });
    expect(share).toMatchObject({ app: 3, vendor: 0, unmapped: 2 });
  });

  it('treats node_modules and bundler virtual modules as vendor code', () => {
    expect(isVendorSource('../../node_modules/react/index.js')).toBe(true);
    expect(isVendorSource('\0vite/preload-helper.js')).toBe(true);
    expect(isVendorSource('../../src/map/MapView.tsx')).toBe(false);
  });
});

describe('build output reading', () => {
  it('finds the module entry, modulepreloads and stylesheets in index.html', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-BH2t0v01.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-Ab12Cd34.js">
      <link rel="stylesheet" crossorigin href="/assets/index-CEOkJarf.css">
      <link rel="icon" href="data:," />
      <script>window.classic = 1</script>
    </head>`;
    expect(htmlAssets(html)).toEqual({
      scripts: ['/assets/index-BH2t0v01.js'],
      modulepreloads: ['/assets/vendor-Ab12Cd34.js'],
      stylesheets: ['/assets/index-CEOkJarf.css'],
    });
  });

  it('names chunks without their content hash so rows survive a rebuild', () => {
    expect(chunkName('assets/browser-xZEBmbhC.js')).toBe('browser');
    expect(chunkName('assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe('maplibre-gl-worker');
    expect(chunkName('assets/engine-DE9_032J.js')).toBe('engine');
    expect(chunkName('assets/index-Bn-Z6k4W.js')).toBe('index');
  });
});

describe('seeded benchmark points', () => {
  it('are the same on every run and lie in the U.S. boxes', () => {
    const a = seededPoints(500, 8);
    expect(seededPoints(500, 8)).toEqual(a);
    expect(seededPoints(500, 9)).not.toEqual(a);
    for (const [lon, lat] of a) {
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(146.1);
      expect(lat).toBeGreaterThanOrEqual(-14.6);
      expect(lat).toBeLessThanOrEqual(71.5);
    }
  });
});
