/**
 * Wall soak: the wall teammate's `measureSoak` (bench/soak.ts) at each checkpoint, and the
 * JS heap growth from the first checkpoint to the last.
 */
import type { Browser } from '@playwright/test';
import type { MetricSpec, StepOutput } from './report';

export function soakSpecs(cycles: readonly number[]): MetricSpec[] {
  return [{ id: 'soak.heapGrowth', label: `Wall soak: JS heap growth, ${cycles[0]} → ${cycles.at(-1)} cycles`, unit: '%' }];
}

export async function runSoak(_browser: Browser, _origin: string, _cycles: readonly number[]): Promise<StepOutput> {
  throw new Error('bench/soak.ts (measureSoak) is not there yet');
}
