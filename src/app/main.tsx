import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { mocksEnabled } from '../api/config';
import { holdRequestsUntil } from '../api/gate';
import { prewarmMap } from '../map/MapView';
import { loadInsetFrames, loadLabels } from '../geo/boundaries';
import { Providers } from './Providers';
import { App } from './App';
import './styles.css';

function start(): void {
  // The mock API is a lazy chunk: a build pointed at a real API never downloads it.
  // Only API calls wait for it; the page and its boundaries load meanwhile.
  if (mocksEnabled) holdRequestsUntil(import('../../mocks/browser').then((m) => m.startMockWorker()));
  prewarmMap();
  // Label anchors and inset frames are small and needed by the first map: start them now.
  // (The big boundary files are fetched by maplibre's worker itself.)
  void Promise.all([loadLabels(), loadInsetFrames()]).catch(() => undefined);
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
