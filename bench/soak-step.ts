/**
 * Wall soak: 2,000 tour cycles with a data refresh every 50 (bench/soak.ts), heap after GC
 * and DOM read every 100 cycles. The budget is the heap's growth per cycle from cycle 100
 * on (least-squares slope, kB per cycle); the DOM should stay flat. The other two soak
 * steps live beside it: bench/soak-webgl.ts (context lost and rebuilt 50 times) and
 * bench/soak-faults.ts (an accelerated run with faults at random).
 */
import type { Browser } from '@playwright/test';
import { freshSession } from './browser';
import type { MetricSpec, StepOutput } from './report';
import { heapPerCycleKB, measureSoak } from './soak';

/** The tour as a wall runs it, minus waiting: measureSoak drives it with `__wall.next()`. */
const WALL_URL = '/?mode=wall&cycle=1&motion=off';
export const SOAK_TOTAL_CYCLES = 2000;
const REFRESH_EVERY = 50;
const SAMPLE_EVERY = 100;
/** the slope is taken from here: the first cycles warm caches (geometry, layouts) once */
const SLOPE_FROM = 100;

/** Every 100 cycles up to at least 2,000, plus the checkpoints asked for on the command line. */
export function soakCheckpoints(cycles: readonly number[]): number[] {
  const last = Math.max(SOAK_TOTAL_CYCLES, ...cycles);
  const every = Array.from({ length: Math.floor(last / SAMPLE_EVERY) }, (_, i) => (i + 1) * SAMPLE_EVERY);
  return [...new Set([...cycles, ...every, last])].sort((a, b) => a - b);
}

export function soakSpecs(cycles: readonly number[]): MetricSpec[] {
  const last = Math.max(SOAK_TOTAL_CYCLES, ...cycles);
  const specs: MetricSpec[] = [
    { id: 'soak.heapPerCycle', label: `Wall soak: JS heap after GC per tour cycle, cycles ${SLOPE_FROM} → ${last} (refresh every ${REFRESH_EVERY})`, unit: 'kB' },
    ...cycles.map((c): MetricSpec => ({ id: `soak.heap.${c}`, label: `Wall soak: JS heap after GC at ${c} cycles`, unit: 'MB' })),
    { id: `soak.heap.${last}`, label: `Wall soak: JS heap after GC at ${last} cycles`, unit: 'MB' },
    { id: 'soak.domGrowth', label: `Wall soak: DOM elements, growth ${SLOPE_FROM} → ${last} cycles`, unit: '%' },
  ];
  return specs.filter((spec, i, all) => all.findIndex((s) => s.id === spec.id) === i);
}

export async function runSoak(browser: Browser, origin: string, cycles: readonly number[], log: (line: string) => void = () => {}): Promise<StepOutput> {
  const session = await freshSession(browser, origin);
  const pageErrors: string[] = [];
  session.page.on('pageerror', (err) => pageErrors.push(err.message));
  try {
    await session.page.goto(`${origin}${WALL_URL}`, { waitUntil: 'load', timeout: 30_000 });
    const checkpoints = soakCheckpoints(cycles);
    const started = Date.now();
    const samples = await measureSoak(session.page, {
      cycles: checkpoints,
      refreshEvery: REFRESH_EVERY,
      onSample: (s) => {
        if (s.cycle % 100 === 0) log(`    ${s.cycle} cycles in ${Math.round((Date.now() - started) / 1000)} s: ${s.heapMB.toFixed(1)} MB, ${s.domNodes} elements`);
      },
    });
    if (samples.length !== checkpoints.length) throw new Error(`measureSoak returned ${samples.length} samples for ${checkpoints.length} checkpoints`);
    if (pageErrors.length) throw new Error(`page error during the soak: ${pageErrors[0]}`);
    const from = samples.find((s) => s.cycle === SLOPE_FROM) ?? samples[0]!;
    const last = samples.at(-1)!;
    const perCycle = heapPerCycleKB(samples, SLOPE_FROM);
    const output: StepOutput = {
      'soak.heapPerCycle': {
        value: perCycle,
        note: `${from.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB over ${last.cycle - from.cycle} cycles; per 100: ${samples.map((s) => s.heapMB.toFixed(1)).join(' ')}`,
      },
      'soak.domGrowth': {
        value: ((last.domNodes - from.domNodes) / from.domNodes) * 100,
        note: `${from.domNodes} → ${last.domNodes} elements`,
      },
    };
    for (const s of samples) if (cycles.includes(s.cycle) || s === last) output[`soak.heap.${s.cycle}`] = s.heapMB;
    return output;
  } finally {
    await session.close();
  }
}
