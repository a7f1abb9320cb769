import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { mocksEnabled } from '../api/config';
import { holdRequestsUntil } from '../api/gate';
import { firstMapDrawn } from './first-map';
import { prewarmMap } from '../map/MapView';
import { loadInsetFrames, loadLabels, loadNational, loadRegionBorders } from '../geo/boundaries';
import { Providers } from './Providers';
import { App } from './App';
import './styles.css';

function start(): void {
  // The mock API is a lazy chunk: a build pointed at a real API never downloads it.
  // Only API calls wait for it; the page and its boundaries load meanwhile, and the
  // worker installs once the first map has drawn (see first-map.ts).
  if (mocksEnabled) {
    const mock = import('../../mocks/browser');
    holdRequestsUntil(firstMapDrawn(1500).then(() => mock).then((m) => m.startMockWorker()));
  }
  prewarmMap();
  // Boundaries are static assets, independent of the API: start them before React mounts.
  void Promise.all([loadNational(), loadRegionBorders(), loadLabels(), loadInsetFrames()]).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}

start();
