/**
 * One change event, as `GET /api/v1/events` sends it (`event: change`) and the mock API
 * relays it between tabs. `jurisdiction` names the jurisdiction whose detail changed
 * (null for a coordinator, an import of many, or a reset).
 */
import { z } from 'zod';

export const ChangeEvent = z.object({
  version: z.string().min(1),
  entity: z.string().min(1),
  entityId: z.string(),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/).nullable(),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;

const localListeners = new Set<(event: ChangeEvent) => void>();

/**
 * Changes announced inside this page without a server stream: the mock API (mocks/browser.ts)
 * relays its worker's writes, and those of the other tabs, here.
 */
export function announceChange(event: ChangeEvent): void {
  for (const listener of localListeners) listener(event);
}

export function onAnnouncedChange(listener: (event: ChangeEvent) => void): () => void {
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}
