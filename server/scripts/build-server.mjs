// `npm run build:server`: compiles the API server (server/main.ts and what it imports from
// src/ and mocks/) into one ESM file, server/build/main.js, for `npm start` without tsx.
// Packages stay imports (they are `dependencies`, so `npm prune --omit=dev` keeps them);
// server/build/ sits beside server/migrations/, which the migrator reads at run time.
// Then the SPA in dist/ gets .br/.gz twins, so the server sends compressed files without
// compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

await build({
  entryPoints: [join(root, 'server/main.ts')],
  outfile: join(root, 'server/build/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('build:server: server/build/main.js');

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|csv|map|webmanifest|pbf)$/;
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}
const spa = join(root, 'dist');
if (existsSync(join(spa, 'index.html'))) {
  let count = 0;
  for (const path of files(spa)) {
    if (!COMPRESSIBLE.test(path) || path.endsWith('.map') || statSync(path).size < 1024) continue;
    const raw = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    count += 1;
  }
  console.log(`build:server: precompressed ${count} files in dist/ (.br, .gz)`);
} else {
  console.log('build:server: no dist/index.html (run vite build first to serve the SPA)');
}
