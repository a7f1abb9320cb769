/**
 * The deterministic part: bundle and static-asset sizes, gzip -9 (what a CDN ships for
 * JSON and JS), in kB of 1000 bytes. Reads a built output folder; never runs a browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltChunk } from './build';
import { ROOT } from './paths';
import type { Measured, MetricSpec, StepOutput } from './report';
import { byteShare, isVendorSource } from './sourcemap-share';

export const SIZE_SPECS: readonly MetricSpec[] = [
  { id: 'bundle.initialJs', label: 'Initial JS (entry + modulepreloads), gzip', unit: 'kB' },
  { id: 'bundle.appCode', label: 'Initial JS from outside node_modules, gzip', unit: 'kB' },
  { id: 'bundle.worker', label: 'MapLibre worker (fetched when the map starts), gzip', unit: 'kB' },
  { id: 'bundle.css', label: 'Initial CSS, gzip', unit: 'kB' },
  { id: 'bundle.html', label: 'index.html with the inline first map, gzip', unit: 'kB' },
  { id: 'bundle.lazyJs', label: 'Lazy JS chunks, total gzip', unit: 'kB' },
  { id: 'assets.geoInitial', label: 'Geo assets for the first map (national, region borders, labels, inset frames), gzip', unit: 'kB' },
  { id: 'assets.geoLazy', label: 'Geo assets loaded later (true geography, counties), gzip', unit: 'kB' },
  { id: 'assets.gazetteer', label: 'Gazetteer assets (public/gazetteer), gzip', unit: 'kB' },
];

/** What src/geo/use-geo.ts loads before the first draw; everything else in geo/ is lazy. */
export const INITIAL_GEO = ['national.json', 'region-borders.json', 'labels.json', 'inset-frames.json'];

const kB = (bytes: number) => bytes / 1000;

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

export interface HtmlAssets {
  scripts: string[];
  modulepreloads: string[];
  stylesheets: string[];
}

/** The files index.html makes the browser fetch before anything runs. */
export function htmlAssets(html: string): HtmlAssets {
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1] ?? null;
  const found: HtmlAssets = { scripts: [], modulepreloads: [], stylesheets: [] };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') found.scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') found.modulepreloads.push(href);
    if (rel === 'stylesheet') found.stylesheets.push(href);
  }
  return found;
}

/** "/assets/index-BH2t0v01.js" → "assets/index-BH2t0v01.js" */
const toFile = (href: string) => href.replace(/^\.?\//, '');
/** "assets/browser-xZEBmbhC.js" → "browser": row names that survive a rebuild. */
export const chunkName = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.(m?js|css)$/, '');

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.map')) : [];
}

function sumGzip(dir: string, files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0);
}

/**
 * Sizes of the build in `outDir`. `chunks` (from a build of the same sources) supplies the
 * sourcemaps for the app-code share; chunks are matched to files by content, so a stale
 * dist/ is reported instead of silently measured against other code.
 */
export function measureSizes(
  outDir: string,
  chunks: readonly BuiltChunk[] | Error,
  extra: (spec: MetricSpec, outcome: number | Measured) => void,
): StepOutput {
  const indexHtml = join(outDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: the build did not run`);
  const htmlText = readFileSync(indexHtml, 'utf8');
  const html = htmlAssets(htmlText);
  const initialFiles = [...new Set([...html.scripts, ...html.modulepreloads].map(toFile))];
  if (initialFiles.length === 0) throw new Error('index.html has no module script');
  const assetsDir = join(outDir, 'assets');
  const jsFiles = listFiles(assetsDir).filter((f) => /\.m?js$/.test(f)).map((f) => `assets/${f}`);
  const workerFiles = jsFiles.filter((f) => /maplibre-gl-worker/.test(f));
  const lazyFiles = jsFiles.filter((f) => !initialFiles.includes(f) && !workerFiles.includes(f));

  const gz = new Map<string, number>();
  for (const f of [...initialFiles, ...jsFiles]) {
    if (!gz.has(f)) gz.set(f, gzipBytes(readFileSync(join(outDir, f))));
  }
  const total = (files: readonly string[]) => files.reduce((s, f) => s + (gz.get(f) ?? 0), 0);

  for (const f of lazyFiles) {
    extra({ id: `bundle.lazy.${chunkName(f)}`, label: `Lazy chunk ${chunkName(f)}, gzip`, unit: 'kB' }, kB(gz.get(f) ?? 0));
  }

  const geoDir = join(outDir, 'geo');
  const geoFiles = listFiles(geoDir);
  const missingGeo = INITIAL_GEO.filter((f) => !geoFiles.includes(f));
  const gazetteerDir = join(outDir, 'gazetteer');
  const gazetteerFiles = listFiles(gazetteerDir);

  return {
    'bundle.initialJs': { value: kB(total(initialFiles)), note: `${initialFiles.length} file(s)` },
    'bundle.appCode': appCode(outDir, initialFiles, gz, chunks),
    'bundle.worker': workerFiles.length ? kB(total(workerFiles)) : new Error('no maplibre-gl-worker file in assets/'),
    'bundle.css': kB(sumGzip(outDir, html.stylesheets.map(toFile))),
    'bundle.html': htmlText.includes('data-code=') ? kB(gzipBytes(htmlText)) : new Error('index.html has no inline map (data-code shapes)'),
    'bundle.lazyJs': { value: kB(total(lazyFiles)), note: `${lazyFiles.length} chunk(s)` },
    'assets.geoInitial': missingGeo.length
      ? new Error(`geo/${missingGeo.join(', ')} missing`)
      : kB(sumGzip(geoDir, INITIAL_GEO)),
    'assets.geoLazy': kB(sumGzip(geoDir, geoFiles.filter((f) => !INITIAL_GEO.includes(f)))),
    'assets.gazetteer': gazetteerFiles.length
      ? { value: kB(sumGzip(gazetteerDir, gazetteerFiles)), note: `${gazetteerFiles.length} file(s)` }
      : new Error('no files in gazetteer/'),
  };
}

/** "../../../work/main/src/map/MapView.tsx" → "src/map/MapView.tsx" */
function repoPath(source: string): string {
  const stripped = `/${source.replace(/^(\.\.\/)+/, '')}`;
  return stripped.startsWith(`${ROOT}/`) ? stripped.slice(ROOT.length + 1) : stripped.slice(1);
}

/**
 * Our code's share of each initial chunk (by minified characters, from its sourcemap),
 * applied to that chunk's gzip size: gzip compresses both kinds of code about alike.
 */
function appCode(
  outDir: string,
  initialFiles: readonly string[],
  gz: ReadonlyMap<string, number>,
  chunks: readonly BuiltChunk[] | Error,
): Measured | Error {
  if (chunks instanceof Error) return new Error(`no sourcemaps: ${chunks.message}`);
  const byCode = new Map(chunks.map((c) => [c.code, c]));
  let app = 0;
  const contributors = new Map<string, number>();
  for (const file of initialFiles) {
    const code = readFileSync(join(outDir, file), 'utf8');
    const chunk = byCode.get(code);
    if (!chunk?.map) return new Error(`${file} does not match a fresh build of the sources (stale build? run npm run build)`);
    const share = byteShare(code, chunk.map);
    const all = share.app + share.vendor + share.unmapped;
    const gzip = gz.get(file) ?? 0;
    app += all ? (gzip * share.app) / all : 0;
    for (const [src, chars] of share.bySource) {
      if (!isVendorSource(src)) contributors.set(src, (contributors.get(src) ?? 0) + (gzip * chars) / all);
    }
  }
  const top = [...contributors]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([src, bytes]) => `${repoPath(src)} ${kB(bytes).toFixed(1)}`)
    .join(', ');
  return { value: kB(app), note: `largest: ${top}` };
}
