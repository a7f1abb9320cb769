/**
 * `npm run bench`: measures the dashboard against a bare-MapLibre page drawing the same
 * geometry, plus bundle/asset sizes, node micro-benchmarks and the wall soak, checks them
 * against bench/budgets.json and writes bench/results/latest.{json,md}.
 * `--sizes-only` is the deterministic subset CI runs after `npm run build`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildApp, buildBaseline, buildFloor, type BuiltChunk } from './build';
import { launchBrowser } from './browser';
import { BROWSER_SPECS, runBrowserTimings } from './browser-step';
import { chunksOnDisk } from './chunks-on-disk';
import { parseArgs, USAGE, type BenchOptions } from './cli';
import { MICRO_SPECS, runMicro } from './micro';
import { APP_DIST, BENCH_DIST, RESULTS_DIR } from './paths';
import { loadBudgets, markdownTable, Results, type Metric } from './report';
import { startPreview, type PreviewServer } from './server';
import { measureSizes, SIZE_SPECS } from './sizes';
import { runSoak, soakSpecs } from './soak-step';
import { runWebglSoak, WEBGL_SPECS } from './soak-webgl';
import { FAULT_SPECS, runFaultRun } from './soak-faults';
import { errorMessage, withTimeout } from './stats';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Sourcemaps for `outDir`: from its .map files, else from an in-memory build of the same sources. */
async function sourcemapChunks(outDir: string): Promise<BuiltChunk[] | Error> {
  try {
    return chunksOnDisk(outDir) ?? (await buildApp(join(BENCH_DIST, 'analysis'), false));
  } catch (err) {
    return new Error(`analysis build failed: ${errorMessage(err)}`);
  }
}

async function sizesOnly(results: Results): Promise<void> {
  await results.step('sizes (dist/)', SIZE_SPECS, async (extra) => {
    if (!existsSync(join(APP_DIST, 'index.html'))) {
      log('  dist/ is missing: building it (vite build, hidden sourcemaps)…');
      // One build serves both: the files to measure and the maps that attribute them.
      const chunks = await buildApp(APP_DIST).catch((err: unknown) => {
        throw new Error(`vite build failed: ${errorMessage(err)}`);
      });
      return measureSizes(APP_DIST, chunks, extra);
    }
    return measureSizes(APP_DIST, await sourcemapChunks(APP_DIST), extra);
  });
}

async function full(results: Results, options: BenchOptions): Promise<void> {
  // Without a build nothing below can be measured: each step then reports this error.
  let buildError: Error | null = null;
  let chunks: BuiltChunk[] | Error;
  if (options.build) {
    log('▸ Building the app and the baseline into bench/.dist…');
    const started = Date.now();
    try {
      chunks = await withTimeout(buildApp(BENCH_DIST), 120_000, 'app build');
      await withTimeout(buildBaseline(BENCH_DIST), 60_000, 'baseline build');
      await withTimeout(buildFloor(BENCH_DIST), 60_000, 'SVG floor build');
      log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      buildError = new Error(`build failed: ${errorMessage(err)}`);
      chunks = buildError;
      log(`  ✗ ${buildError.message}`);
    }
  } else {
    if (!existsSync(join(BENCH_DIST, 'index.html'))) buildError = new Error('bench/.dist is missing: run without --no-build');
    chunks = chunksOnDisk(BENCH_DIST) ?? new Error('bench/.dist has no sourcemaps (run without --no-build)');
  }

  if (!options.skip.has('sizes')) {
    await results.step('sizes', SIZE_SPECS, async (extra) => {
      if (buildError) throw buildError;
      return measureSizes(BENCH_DIST, chunks, extra);
    });
  }
  if (!options.skip.has('micro')) await results.step('micro-benchmarks', MICRO_SPECS, () => withTimeout(runMicro(), 60_000, 'micro-benchmarks'));

  const wantBrowser = !options.skip.has('browser') || !options.skip.has('soak');
  if (!wantBrowser) return;
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    const ready = async () => {
      if (buildError) throw buildError;
      server ??= await startPreview(BENCH_DIST);
      browser ??= await launchBrowser();
      return { origin: server.origin, browser };
    };
    if (!options.skip.has('browser')) {
      await results.step(`browser timings (${options.runs} cold loads per page)`, BROWSER_SPECS, async () => {
        const { origin, browser: b } = await ready();
        return withTimeout(runBrowserTimings(b, origin, options.runs, log), 600_000, 'browser timings');
      });
    }
    if (!options.skip.has('soak')) {
      await results.step('wall soak', soakSpecs(options.soakCycles), async () => {
        const { origin, browser: b } = await ready();
        return withTimeout(runSoak(b, origin, options.soakCycles, log), 600_000, 'wall soak');
      });
      await results.step('wall: WebGL context lost 50 times', WEBGL_SPECS, async () => {
        const { origin, browser: b } = await ready();
        return withTimeout(runWebglSoak(b, origin, log), 300_000, 'WebGL context losses');
      });
      await results.step('wall: accelerated fault run', FAULT_SPECS, async () => {
        const { origin, browser: b } = await ready();
        return withTimeout(runFaultRun(b, origin, log), 300_000, 'fault run');
      });
    }
  } finally {
    await (browser as Browser | null)?.close().catch(() => undefined);
    (server as PreviewServer | null)?.stop();
  }
}

function writeResults(metrics: readonly Metric[], options: BenchOptions, seconds: number, loadBefore: number): string {
  const when = new Date().toISOString();
  // Load average says how much else the machine was doing: timings from a busy machine are noisier.
  const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}, ${load}`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Three decimals: float noise in the last digits would only make the committed diff noisy.
  const rounded = metrics.map((m) => ({ ...m, value: m.value === null ? null : Math.round(m.value * 1000) / 1000 }));
  writeFileSync(
    join(RESULTS_DIR, 'latest.json'),
    `${JSON.stringify({ generatedAt: when, durationSeconds: Math.round(seconds), machine, runs: options.runs, soakCycles: options.soakCycles, metrics: rounded }, null, 2)}\n`,
  );
  const md = [
    '# Benchmark results',
    '',
    `\`npm run bench\` on ${when.slice(0, 16).replace('T', ' ')} UTC · ${machine} · Chromium with SwiftShader (software WebGL) · ${options.runs} cold loads per page · run took ${Math.round(seconds)} s.`,
    '',
    markdownTable(metrics),
    '',
    'Times are medians of cold loads in fresh browser contexts, dashboard and baseline interleaved; page-side clocks',
    '(navigation start, event timestamps, the animation frame that paints the change). Sizes are gzip -9, kB = 1000 bytes.',
    'Budgets: bench/budgets.json. A row in error could not be measured (the message says why) and fails `--check`.',
    '',
  ].join('\n');
  writeFileSync(join(RESULTS_DIR, 'latest.md'), md);
  return md;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    const msg = errorMessage(err);
    process.stderr.write(msg === 'help' ? `${USAGE}\n` : `bench: ${msg}\n\n${USAGE}\n`);
    return msg === 'help' ? 0 : 2;
  }
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const results = new Results(loadBudgets());
  if (options.sizesOnly) await sizesOnly(results);
  else await full(results, options);
  const seconds = (Date.now() - started) / 1000;

  log('');
  // Only a complete run may replace the committed results; a partial one is printed.
  const complete = !options.sizesOnly && options.skip.size === 0;
  if (complete) log(writeResults(results.metrics, options, seconds, loadBefore));
  else log(markdownTable(results.metrics));
  log(`Total: ${seconds.toFixed(0)} s · ${complete ? 'wrote bench/results/latest.json and latest.md' : 'partial run: bench/results not updated'}`);

  const failures = results.failures();
  if (options.check && failures.length) {
    process.stderr.write(`\nbench --check: ${failures.length} budget(s) broken or not measured:\n`);
    for (const m of failures) process.stderr.write(`  - ${m.label}: ${m.status === 'error' ? m.note : `${m.value?.toFixed(2)} > ${m.budget}`}\n`);
    return 1;
  }
  return 0;
}

// Ctrl-C: exit through process 'exit', which stops the preview server's process group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
