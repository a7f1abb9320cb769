/**
 * Wall soak: the wall's own `measureSoak` (bench/soak.ts) on a fresh wall page, heap
 * and DOM read at each checkpoint; the budget is the heap growth from the first
 * checkpoint to the last.
 */
import type { Browser } from '@playwright/test';
import { freshSession } from './browser';
import type { MetricSpec, StepOutput } from './report';
import { measureSoak } from './soak';

/** The tour as a wall runs it, minus waiting: measureSoak drives it with `__wall.next()`. */
const WALL_URL = '/?mode=wall&cycle=1&motion=off';

export function soakSpecs(cycles: readonly number[]): MetricSpec[] {
  const first = cycles[0];
  const last = cycles.at(-1);
  return [
    { id: 'soak.heapGrowth', label: `Wall soak: JS heap after GC, growth ${first} → ${last} cycles`, unit: '%' },
    ...cycles.map((c): MetricSpec => ({ id: `soak.heap.${c}`, label: `Wall soak: JS heap after GC at ${c} cycles`, unit: 'MB' })),
    { id: 'soak.domGrowth', label: `Wall soak: DOM elements, growth ${first} → ${last} cycles`, unit: '%' },
  ];
}

export async function runSoak(browser: Browser, origin: string, cycles: readonly number[]): Promise<StepOutput> {
  const session = await freshSession(browser, origin);
  try {
    await session.page.goto(`${origin}${WALL_URL}`, { waitUntil: 'load', timeout: 30_000 });
    const samples = await measureSoak(session.page, { cycles: [...cycles] });
    const first = samples[0];
    const last = samples.at(-1);
    if (!first || !last || samples.length !== cycles.length) throw new Error(`measureSoak returned ${samples.length} samples for ${cycles.length} checkpoints`);
    const growth = (a: number, b: number) => ((b - a) / a) * 100;
    const output: StepOutput = {
      'soak.heapGrowth': { value: growth(first.heapMB, last.heapMB), note: `${first.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB` },
      'soak.domGrowth': { value: growth(first.domNodes, last.domNodes), note: `${first.domNodes} → ${last.domNodes} elements` },
    };
    for (const s of samples) output[`soak.heap.${s.cycle}`] = s.heapMB;
    return output;
  } finally {
    await session.close();
  }
}
