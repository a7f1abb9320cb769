/** Where the benchmark reads and writes. Absolute, so the runner works from any cwd. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = dirname(BENCH_DIR);
/** The benchmark's own production build (app + baseline); not committed. */
export const BENCH_DIST = join(BENCH_DIR, '.dist');
/** Where `npm run build` puts the app: what CI's `--sizes-only` measures. */
export const APP_DIST = join(ROOT, 'dist');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const BUDGETS_FILE = join(BENCH_DIR, 'budgets.json');
export const VITE_CONFIG = join(ROOT, 'vite.config.ts');
export const BASELINE_ROOT = join(BENCH_DIR, 'baseline');
/** The baseline is built into a folder of the served build, so both pages share one server and origin. */
export const BASELINE_SUBDIR = 'baseline';
/** The d3-geo SVG floor page, built beside the baseline. */
export const FLOOR_ROOT = join(BENCH_DIR, 'floor');
export const FLOOR_SUBDIR = 'floor';
export const PUBLIC_GEO = join(ROOT, 'public', 'geo');
export const PUBLIC_GAZETTEER = join(ROOT, 'public', 'gazetteer');
