/**
 * IndexedDB persistence of the mock API's state, inside the worker (fake-indexeddb in node
 * tests). One record holds the whole state: a few hundred kB, written after each write,
 * read once when the worker starts. Without IndexedDB (blocked, or a test without it) the
 * state lives as long as the worker.
 */
import { STATE_SCHEMA, type MockState } from './state';

const DB_NAME = 'rcm-mock-api';
const STORE = 'state';
const KEY = 'current';

function idb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase | null> | null = null;

function openDb(): Promise<IDBDatabase | null> {
  const factory = idb();
  if (!factory) return Promise.resolve(null);
  opening ??= new Promise<IDBDatabase | null>((resolve) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    // storage unavailable: keep working in memory
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  const tx = db.transaction(STORE, mode);
  const result = await promised(run(tx.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export async function loadStoredState(): Promise<MockState | null> {
  try {
    const stored = (await withStore('readonly', (s) => s.get(KEY) as IDBRequest<MockState | undefined>)) ?? null;
    return stored && stored.schema === STATE_SCHEMA ? stored : null;
  } catch {
    return null;
  }
}

export async function saveState(state: MockState): Promise<void> {
  await withStore('readwrite', (s) => s.put(state, KEY));
}

export async function clearStoredState(): Promise<void> {
  await withStore('readwrite', (s) => s.delete(KEY));
}
