/**
 * Production builds through Vite's JS API (vite.config.ts is used as is; the benchmark
 * only overrides where the files go and asks for hidden sourcemaps, which change no byte
 * of the JS, only add .map files that nothing references).
 */
import { join } from 'node:path';
import { build } from 'vite';
import { BASELINE_ROOT, BASELINE_SUBDIR, FLOOR_ROOT, FLOOR_SUBDIR, ROOT, VITE_CONFIG } from './paths';
import type { SourceMapLike } from './sourcemap-share';

export interface BuiltChunk {
  fileName: string;
  code: string;
  map: SourceMapLike | null;
  isEntry: boolean;
  /** static imports (file names) */
  imports: readonly string[];
}

type BuildResult = Awaited<ReturnType<typeof build>>;

function chunksOf(result: BuildResult): BuiltChunk[] {
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  if (outputs.length === 0) throw new Error('vite build returned a watcher, not a bundle');
  const chunks: BuiltChunk[] = [];
  for (const { output } of outputs) {
    for (const item of output) {
      if (item.type !== 'chunk') continue;
      chunks.push({
        fileName: item.fileName,
        code: item.code,
        map: item.map ? { sources: item.map.sources, mappings: item.map.mappings } : null,
        isEntry: item.isEntry,
        imports: item.imports,
      });
    }
  }
  return chunks;
}

/**
 * Builds the app with vite.config.ts. `write: false` keeps it in memory: the sizes-only
 * check uses that to get sourcemaps for a dist/ built without them.
 */
export async function buildApp(outDir: string, write = true): Promise<BuiltChunk[]> {
  const result = await build({
    configFile: VITE_CONFIG,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden', write },
  });
  return chunksOf(result);
}

/** The bare-MapLibre page, built into `<appOutDir>/baseline/` so one server serves both. */
export async function buildBaseline(appOutDir: string): Promise<void> {
  await build({
    configFile: false,
    root: BASELINE_ROOT,
    base: `/${BASELINE_SUBDIR}/`,
    publicDir: false,
    logLevel: 'warn',
    // MapLibre alone is over Vite's 500 kB warning; the baseline exists to carry it, so no warning.
    build: { outDir: join(appOutDir, BASELINE_SUBDIR), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5_000 },
  });
}

/** The d3-geo SVG floor page, built into `<appOutDir>/floor/` (same server, same origin). */
export async function buildFloor(appOutDir: string): Promise<void> {
  await build({
    configFile: false,
    root: FLOOR_ROOT,
    base: `/${FLOOR_SUBDIR}/`,
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: join(appOutDir, FLOOR_SUBDIR), emptyOutDir: true, target: 'es2022' },
  });
}
