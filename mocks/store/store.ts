/**
 * The one mock-API state of this worker (or node test process): loaded from IndexedDB on
 * first use, changed only through `commit` (one write at a time, applied to a copy so a
 * refusal half-way changes nothing), saved after each change, and announced to listeners
 * (the worker relays them to its page and to the other tabs' workers).
 */
import type { ChangeEvent } from '../../src/api/events-change';
import { clearStoredState, loadStoredState, saveState } from './persist';
import { freshState, represent, type MockState, type Representation } from './state';

let state: MockState | null = null;
let loading: Promise<MockState> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let representations = new Map<string, Representation>();
const listeners = new Set<(event: ChangeEvent) => void>();

export function currentState(): Promise<MockState> {
  if (state) return Promise.resolve(state);
  loading ??= loadStoredState().then((stored) => {
    state = stored ?? freshState();
    loading = null;
    representations = new Map();
    return state;
  });
  return loading;
}

/** the serialised body + ETag of `key` in the current state (memoised until the next change) */
export function representationOf(key: string, value: () => unknown): Representation {
  let rep = representations.get(key);
  if (!rep) {
    rep = represent(value());
    representations.set(key, rep);
  }
  return rep;
}

export interface Committed<T> {
  result: T;
  /** null when nothing changed (such a write is neither audited nor announced) */
  change: Omit<ChangeEvent, 'version'> | null;
}

function install(next: MockState): void {
  state = next;
  representations = new Map();
}

/** Applies `apply` to a copy of the state, one commit at a time; keeps the copy if it changed something. */
export function commit<T>(apply: (draft: MockState, now: Date) => Committed<T>): Promise<T> {
  const run = queue.then(async () => {
    const draft = structuredClone(await currentState());
    const now = new Date();
    const { result, change } = apply(draft, now);
    if (change) {
      draft.meta = { ...draft.meta, version: String((Number.parseInt(draft.meta.version, 10) || 1) + 1), asOf: now.toISOString() };
      install(draft);
      await saveState(draft).catch(() => undefined); // storage full or blocked: the change still holds in memory
      announce({ ...change, version: draft.meta.version });
    }
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Back to the generated sample data, here and in storage. */
export function resetState(): Promise<void> {
  const run = queue.then(async () => {
    install(freshState());
    await clearStoredState().catch(() => undefined);
    announce({ version: state?.meta.version ?? '1', entity: 'dataset', entityId: 'reset', jurisdiction: null });
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Another tab's worker changed the stored state: read it again on the next request. */
export function forgetState(): void {
  state = null;
  representations = new Map();
}

export function onStateChange(listener: (event: ChangeEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(event: ChangeEvent): void {
  for (const listener of listeners) listener(event);
}
