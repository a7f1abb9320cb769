/** Small numeric helpers shared by the benchmark steps. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no samples');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A seeded PRNG (the sample data's own mulberry32), so every run benchmarks the same points. */
export { mulberry32 as seededRandom } from '../src/sample-data/prng';

/** Rejects with a message naming `what` if `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Playwright errors carry a multi-line call log; the first line says what failed.
  return text.split('\n')[0]!.trim();
}
