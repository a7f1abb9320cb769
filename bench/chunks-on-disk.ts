/**
 * Sourcemaps for a build that is already on disk: the .map files the benchmark's own build
 * and CI's `npm run build -- --sourcemap hidden` write next to the JS (hidden: no file
 * references them). A build without maps gets none, and the caller falls back to an
 * in-memory build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltChunk } from './build';
import type { SourceMapLike } from './sourcemap-share';

function isSourceMap(v: unknown): v is SourceMapLike {
  return typeof v === 'object' && v !== null && Array.isArray((v as SourceMapLike).sources) && typeof (v as SourceMapLike).mappings === 'string';
}

/** Every JS chunk in `<outDir>/assets` that has a sourcemap beside it; null if none has. */
export function chunksOnDisk(outDir: string): BuiltChunk[] | null {
  const assets = join(outDir, 'assets');
  if (!existsSync(assets)) return null;
  const chunks: BuiltChunk[] = [];
  for (const file of readdirSync(assets)) {
    if (!/\.m?js$/.test(file) || !existsSync(join(assets, `${file}.map`))) continue;
    const map: unknown = JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8'));
    if (!isSourceMap(map)) continue;
    chunks.push({ fileName: `assets/${file}`, code: readFileSync(join(assets, file), 'utf8'), map, isEntry: false, imports: [] });
  }
  return chunks.length ? chunks : null;
}
