import '../api/zod-csp'; // first: before any module builds a zod schema (CSP, see the file)
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { mocksEnabled } from '../api/config';
import { routeRequestsThrough } from '../api/transport';
import { startMockApi } from '../../mocks/browser';
import { prewarmMap } from '../ui/map/MapCanvas';
import { loadInsetFrames, loadLabels } from '../geo/boundaries';
import { adoptFirstMap } from '../map/svg/first-map-node';
import { isSilentRenewFrame } from '../auth/oidc-session';
import { Providers } from './Providers';
import { App } from './App';
import { registerServiceWorker } from './service-worker';
import './styles.css';
import './print.css';

function start(): void {
  // The mock API runs in its own worker, started first so it builds its dataset while the
  // page renders; a build pointed at a real API never downloads the worker's code.
  if (mocksEnabled) routeRequestsThrough(new Promise((resolve) => resolve(startMockApi())));
  prewarmMap();
  // Label anchors and inset frames are small and needed by the first map: start them now.
  // (The big boundary files are fetched by maplibre's worker itself.)
  void Promise.all([loadLabels(), loadInsetFrames()]).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  // the <svg> the build wrote into the page moves into the app instead of being parsed again
  adoptFirstMap();
  const app = createRoot(root);
  // The first render runs in this task, not a later one: the map (created in an effect) then
  // starts right away instead of queueing behind the lazy chunks that arrive meanwhile.
  flushSync(() =>
    app.render(
      <StrictMode>
        <Providers>
          <App />
        </Providers>
      </StrictMode>,
    ),
  );
  registerServiceWorker();
}

// A silent sign-in renewal frame (src/auth/silent-callback.ts) only passes its answer up.
if (isSilentRenewFrame()) void import('../auth/silent-callback').then((m) => m.completeSilentRenew());
else start();
