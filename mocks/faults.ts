/**
 * Fault injection for the mock API, read at every request so a test can change it at
 * any time:
 *   - `localStorage['mockApi.faults']` (JSON; survives reloads; bad JSON is ignored), merged with
 *   - an in-memory override set by `setMockFaults()` (wins per key).
 * In the browser, `window.__mockApi.setFaults/clearFaults` drive the override (mocks/browser.ts).
 */
import { z } from 'zod';

export const ENDPOINT_NAMES = ['meta', 'regions', 'jurisdictions', 'jurisdiction'] as const;
export const EndpointName = z.enum(ENDPOINT_NAMES);
export type EndpointName = z.infer<typeof EndpointName>;

export const MockFaultsSchema = z.object({
  /** delay every response by this many milliseconds */
  latencyMs: z.number().min(0).max(600_000).optional(),
  /** answer these endpoints (or all) with HTTP 500 problem+json */
  fail: z.union([z.array(EndpointName), z.literal('all')]).optional(),
  /** break the contract of these endpoints in a realistic way */
  malformed: z.array(EndpointName).optional(),
  /** replace every free-text field with an XSS payload */
  xss: z.boolean().optional(),
  /** serve `advanceSampleDataset` applied N times (a newer snapshot) */
  version: z.number().int().min(0).max(1000).optional(),
});
export type MockFaults = z.infer<typeof MockFaultsSchema>;

export const FAULTS_STORAGE_KEY = 'mockApi.faults';

let override: MockFaults = {};

/** Sets the in-memory override (replaces the previous override; `{}` or null clears it). */
export function setMockFaults(faults: MockFaults | null): void {
  const parsed = MockFaultsSchema.safeParse(faults ?? {});
  override = parsed.success ? parsed.data : {};
}

/** Clears the in-memory override and the localStorage entry. */
export function clearMockFaults(): void {
  override = {};
  try {
    globalThis.localStorage?.removeItem(FAULTS_STORAGE_KEY);
  } catch {
    // storage unavailable (privacy mode, node): nothing to clear
  }
}

function readStoredFaults(): MockFaults {
  let raw: string | null | undefined;
  try {
    raw = globalThis.localStorage?.getItem(FAULTS_STORAGE_KEY);
  } catch {
    return {};
  }
  return raw ? parseFaults(raw) : {};
}

/** Faults from their JSON text; unreadable or invalid text means none. */
function parseFaults(text: string): MockFaults {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = MockFaultsSchema.safeParse(json);
  return parsed.success ? parsed.data : {};
}

/** The faults in force for the current request. */
export function getMockFaults(): MockFaults {
  const merged: MockFaults = { ...readStoredFaults() };
  for (const [key, value] of Object.entries(override) as [keyof MockFaults, unknown][]) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/**
 * The header the browser's mock transport (mocks/browser.ts) uses to carry the page's faults
 * to the mock API worker, which has no localStorage and no window of its own.
 */
export const FAULTS_HEADER = 'x-mock-faults';

/** The faults for one request: the ones it carries, else those in force here. */
export function faultsFor(request: Request): MockFaults {
  const carried = request.headers.get(FAULTS_HEADER);
  return carried === null ? getMockFaults() : parseFaults(carried);
}

export function failsEndpoint(faults: MockFaults, endpoint: EndpointName): boolean {
  return faults.fail === 'all' || (faults.fail?.includes(endpoint) ?? false);
}
