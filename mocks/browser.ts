/**
 * Browser mock API: a service worker (public/mockServiceWorker.js) answers `/api/v1/*`
 * from the sample dataset. Loaded lazily by src/app/main.tsx only when mocks are enabled.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { clearMockFaults, setMockFaults, type MockFaults } from './faults';

export interface MockApiControl {
  /** in-memory faults for this page (merged over localStorage['mockApi.faults']) */
  setFaults(faults: MockFaults | null): void;
  /** clears the in-memory faults and localStorage['mockApi.faults'] */
  clearFaults(): void;
}

declare global {
  interface Window {
    __mockApi?: MockApiControl;
  }
}

export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  window.__mockApi = { setFaults: setMockFaults, clearFaults: clearMockFaults };
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
